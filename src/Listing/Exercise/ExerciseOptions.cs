namespace SocialExchange.Listing.Exercise;

/// <summary>
/// Offer parameters of a listing exercise beyond the application's own offer terms: the synthetic demand's seed,
/// number of investors, demand as a multiple of the offer and retail share. Defaults are simulation assumptions.
/// </summary>
public sealed record ExerciseOptions(
    ulong Seed = 2026,
    int Investors = 80,
    decimal DemandMultiple = 1.3m,
    decimal? RetailShare = null)
{
    /// <summary>The defaults.</summary>
    public static ExerciseOptions Default { get; } = new();
}
