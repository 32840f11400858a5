using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// <c>kind: threshold</c>: a number, amount or share field compared with a (possibly effective-dated) threshold.
/// Shares compare exactly as fractions; amounts must be in the rule's currency.
/// </summary>
public sealed record ThresholdRule : Rule
{
    /// <summary>Field from the <see cref="FieldCatalog"/>.</summary>
    public required string Field { get; init; }

    /// <summary>How the value is compared.</summary>
    public required ComparisonOperator Operator { get; init; }

    /// <summary>The threshold by date.</summary>
    public required ParameterSchedule<Ratio> Threshold { get; init; }

    /// <summary>Currency of a money threshold.</summary>
    public string? Currency { get; init; }

    public override string KindName => "threshold";
}
