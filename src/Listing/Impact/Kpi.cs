namespace SocialExchange.Listing.Impact;

/// <summary>
/// One impact KPI as the domain brief proposes to store it (§4.2 [I] from IRIS+ [S-113] [S-114]).
/// </summary>
/// <param name="Id">Id unique within the application (an impact-linked bond refers to it).</param>
/// <param name="Name">What is measured, in words.</param>
/// <param name="Unit">Unit of the values ("people", "%", "tCO2e", "meals").</param>
/// <param name="IrisMetricId">IRIS+ catalog metric id (e.g. <c>PI5576</c>) where one exists.</param>
/// <param name="SdgTarget">SDG target code (e.g. <c>1.4</c>, <c>11.1</c>).</param>
/// <param name="Baseline">Value measured before the intervention, with its date; null when no baseline exists yet.</param>
/// <param name="Target">Value to reach, with its date; after the baseline.</param>
/// <param name="Frequency">How often it is reported.</param>
/// <param name="DataSource">Where the figures come from.</param>
/// <param name="Assurance">Who vouches for the figures.</param>
public sealed record Kpi(
    string Id,
    string Name,
    string Unit,
    string? IrisMetricId,
    string? SdgTarget,
    KpiPoint? Baseline,
    KpiPoint? Target,
    ReportingFrequency? Frequency,
    string? DataSource,
    AssuranceLevel? Assurance);
