namespace SocialExchange.Listing.Issuers;

/// <summary>What the issuer's statute (articles, trust deed, bye-laws) says about its purpose.</summary>
/// <param name="Purpose">The statutory purpose (oggetto sociale) as written.</param>
/// <param name="CommonBenefitPurposes">Common-benefit purposes (finalità di beneficio comune) written into the purpose; required of a società benefit.</param>
/// <param name="ImpactObjectives">Impact objectives written into the statute; the Borsa's "evidence of impact objectives in the statute" looks here.</param>
/// <param name="ProfitDistributionCapped">True when the statute caps dividends (impresa sociale, capped-profit companies); null when not stated.</param>
public sealed record Statute(
    string? Purpose,
    IReadOnlyList<string> CommonBenefitPurposes,
    IReadOnlyList<string> ImpactObjectives,
    bool? ProfitDistributionCapped = null)
{
    /// <summary>A statute with nothing stated.</summary>
    public static Statute Empty { get; } = new(null, [], []);
}
