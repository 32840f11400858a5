namespace SocialExchange.Listing.Obligations;

/// <summary>
/// A report the issuer filed (or tried to) for one obligation and period. <see cref="Rejected"/> marks a filing the
/// market refused (e.g. an impact report without the required coverage): it counts as not filed.
/// </summary>
public sealed record FiledReport(string ObligationId, DateOnly PeriodEnd, DateOnly FiledOn, bool Rejected = false);
