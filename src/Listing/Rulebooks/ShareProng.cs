namespace SocialExchange.Listing.Rulebooks;

/// <summary>One prong of an <see cref="AverageShareRule"/>: a part and its total, both per-year fields.</summary>
/// <param name="Name">Name of the prong (revenue, expenditure, beneficiaries).</param>
/// <param name="Part">Per-year field of the part (e.g. <c>target_population_revenue</c>).</param>
/// <param name="Total">Per-year field of the total (e.g. <c>revenue</c>).</param>
public sealed record ShareProng(string Name, string Part, string Total);
