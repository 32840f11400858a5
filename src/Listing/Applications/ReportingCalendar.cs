using SocialExchange.Listing.Impact;

namespace SocialExchange.Listing.Applications;

/// <summary>The reporting the issuer commits to in its admission document (impact section).</summary>
/// <param name="ImpactReportDays">Days after fiscal-year end by which the annual impact report is published.</param>
/// <param name="ImpactReportCoveragePct">Share of the year's programme expenditure the impact report covers, 0–100.</param>
/// <param name="EventDisclosureDays">Days within which an event material to planned outputs or outcomes is disclosed.</param>
/// <param name="FundUtilisation">How often a statement of the use of funds is published.</param>
/// <param name="ImpactAssurance">Who vouches for the impact report.</param>
public sealed record ReportingCalendar(
    int? ImpactReportDays = null,
    decimal? ImpactReportCoveragePct = null,
    int? EventDisclosureDays = null,
    ReportingFrequency? FundUtilisation = null,
    AssuranceLevel? ImpactAssurance = null)
{
    /// <summary>Nothing committed.</summary>
    public static ReportingCalendar Empty { get; } = new();
}
