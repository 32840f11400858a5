namespace SocialExchange.Listing.Impact;

/// <summary>
/// The issuer's ex-ante statement of the change it intends to cause and how it will show it: the material of the
/// Borsa's three criteria, intentionality, measurability and additionality (domain brief §1.2 [S-05], seed 003).
/// </summary>
/// <param name="Objectives">Impact objectives declared ex ante (obiettivi di cambiamento, [S-11]).</param>
/// <param name="TheoryOfChange">How activities lead to outcomes, in words.</param>
/// <param name="TargetPopulation">The under-served or less-privileged group served.</param>
/// <param name="UnderServedArea">The under-capitalised area or region served, if the thesis is place-based.</param>
/// <param name="Contribution">Counterfactual: why the change would not happen without the issuer and the capital raised.</param>
/// <param name="Dimensions">The IMP five dimensions.</param>
/// <param name="Kpis">The KPIs that measure the objectives.</param>
public sealed record ImpactThesis(
    IReadOnlyList<string> Objectives,
    string? TheoryOfChange,
    string? TargetPopulation,
    string? UnderServedArea,
    string? Contribution,
    ImpactDimensions Dimensions,
    IReadOnlyList<Kpi> Kpis)
{
    /// <summary>Nothing declared.</summary>
    public static ImpactThesis Empty { get; } = new([], null, null, null, null, ImpactDimensions.Empty, []);
}
