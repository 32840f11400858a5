namespace SocialExchange.Listing.Obligations;

/// <summary>The standing of an issuer on a day, with the reason for each report that brought it there.</summary>
public sealed record ComplianceAssessment(DateOnly AsOf, ComplianceStatus Status, IReadOnlyList<string> Reasons);
