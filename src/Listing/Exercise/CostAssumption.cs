namespace SocialExchange.Listing.Exercise;

/// <summary>
/// One cost assumption from the cost file. <see cref="Basis"/> is "assumption" or the source it comes from, so a
/// report never shows an invented figure as a fact. Staff items are hours times an hourly rate.
/// </summary>
public sealed record CostAssumption(
    string Id, string Label, CostKind Kind, decimal Amount, string Basis, decimal? Hours = null, string? Note = null)
{
    /// <summary>True when no source backs the figure.</summary>
    public bool IsAssumption => string.Equals(Basis, "assumption", StringComparison.Ordinal);
}
