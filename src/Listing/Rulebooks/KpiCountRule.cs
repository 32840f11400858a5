using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Rulebooks;

/// <summary><c>kind: kpi_count</c>: at least N KPIs of the impact thesis have everything <see cref="Requires"/> lists.</summary>
public sealed record KpiCountRule : Rule
{
    /// <summary>N by date (a whole number).</summary>
    public required ParameterSchedule<Ratio> Minimum { get; init; }

    /// <summary>What a KPI needs to count.</summary>
    public KpiRequirement Requires { get; init; }

    public override string KindName => "kpi_count";
}
