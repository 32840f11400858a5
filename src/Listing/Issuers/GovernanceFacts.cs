namespace SocialExchange.Listing.Issuers;

/// <summary>
/// Governance facts that admission rules check. A null member means "not stated", which a rule reports as missing
/// evidence rather than as a failure.
/// </summary>
/// <param name="BoardSize">Members of the board of directors.</param>
/// <param name="IndependentDirectors">Directors who meet the independence test; never more than <paramref name="BoardSize"/>.</param>
/// <param name="InvestorRelationsManager">Name or role of the investor-relations manager.</param>
/// <param name="Website">The issuer's website, where admission and impact documents are published.</param>
/// <param name="ImpactOfficer">Person responsible for impact (required of a società benefit, c. 380 [S-126]).</param>
/// <param name="MaterialityPolicy">True when a policy decides which events are material to planned outputs and outcomes (India LODR 91D [S-61]).</param>
public sealed record GovernanceFacts(
    int? BoardSize = null,
    int? IndependentDirectors = null,
    string? InvestorRelationsManager = null,
    string? Website = null,
    string? ImpactOfficer = null,
    bool? MaterialityPolicy = null)
{
    /// <summary>Nothing stated.</summary>
    public static GovernanceFacts Empty { get; } = new();
}
