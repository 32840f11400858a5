namespace SocialExchange.Listing.Exercise;

/// <summary>
/// Something the issuer must change or supply before listing: a failed rule (a change to make, e.g. governance) or
/// a rule with missing evidence (a fact, KPI or baseline to state).
/// </summary>
public sealed record ReadinessGap(string RuleId, string Title, string Criterion, string Kind, string Reason);
