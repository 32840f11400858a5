namespace SocialExchange.Listing.Applications;

/// <summary>
/// The admission document the pilots prepared (domain brief §1.1, 2022–2023 [S-11]; §6.1): a financial section,
/// an impact section (objectives and metrics come from the application's impact thesis; here the measurement
/// method and the reporting calendar), risks and use of proceeds.
/// </summary>
/// <param name="FinancialSection">Reference to, or summary of, the financial section; null when not drafted.</param>
/// <param name="MeasurementMethod">How the KPIs are measured (impact section).</param>
/// <param name="Reporting">Reporting calendar committed to (impact section).</param>
/// <param name="Risks">Risk factors.</param>
/// <param name="UseOfProceeds">Where the money goes; shares add up to at most 100.</param>
public sealed record AdmissionDocument(
    string? FinancialSection,
    string? MeasurementMethod,
    ReportingCalendar Reporting,
    IReadOnlyList<string> Risks,
    IReadOnlyList<ProceedsUse> UseOfProceeds)
{
    /// <summary>Not drafted.</summary>
    public static AdmissionDocument Empty { get; } = new(null, null, ReportingCalendar.Empty, [], []);

    /// <summary>Share of proceeds (0–100) going to under-capitalised areas or under-served groups; null when no use of proceeds is stated.</summary>
    public decimal? UnderServedProceedsPct => UseOfProceeds.Count == 0 ? null : UseOfProceeds.Where(u => u.UnderServed).Sum(u => u.SharePct);
}
