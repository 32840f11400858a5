namespace SocialExchange.Listing.Rulebooks;

/// <summary>What a KPI must have to count for a <see cref="KpiCountRule"/>.</summary>
[Flags]
public enum KpiRequirement : byte
{
    None = 0,

    /// <summary>A baseline value and date.</summary>
    Baseline = 1,

    /// <summary>A target value and date.</summary>
    Target = 2,

    /// <summary>A target dated after the evaluation date: declared ex ante, not achieved already.</summary>
    FutureTarget = 4,

    /// <summary>An IRIS+ metric id.</summary>
    IrisMetricId = 8,

    /// <summary>An SDG target.</summary>
    SdgTarget = 16,

    /// <summary>A data source.</summary>
    DataSource = 32,
}
