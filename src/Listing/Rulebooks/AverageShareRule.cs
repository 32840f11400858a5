using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// <c>kind: average_share</c>: over the last <see cref="Years"/> fiscal years ended by the evaluation date, the
/// average part divided by the average total reaches the threshold on any one prong (the India 67% test,
/// domain brief §2.3 (C) [S-44]). The average of amounts, not of yearly percentages: a large year weighs more.
/// </summary>
public sealed record AverageShareRule : Rule
{
    /// <summary>Number of fiscal years averaged.</summary>
    public required int Years { get; init; }

    /// <summary>The share to reach, by date.</summary>
    public required ParameterSchedule<Ratio> Threshold { get; init; }

    /// <summary>How the share is compared with the threshold.</summary>
    public ComparisonOperator Operator { get; init; } = ComparisonOperator.AtLeast;

    /// <summary>The prongs; passing one is enough.</summary>
    public required IReadOnlyList<ShareProng> Prongs { get; init; }

    public override string KindName => "average_share";
}
