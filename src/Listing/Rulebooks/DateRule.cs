using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// <c>kind: date</c>: a date field compared with the evaluation date moved by an offset. <c>operator: "&lt;="</c>
/// with <c>offset: -3y</c> is "at least three years old"; <c>operator: "&gt;="</c> with <c>offset: 12m</c> is
/// "valid for at least twelve more months". The boundary day passes for <c>&lt;=</c> and <c>&gt;=</c>.
/// </summary>
public sealed record DateRule : Rule
{
    /// <summary>Date field from the <see cref="FieldCatalog"/>.</summary>
    public required string Field { get; init; }

    /// <summary>How the field is compared with the moved evaluation date.</summary>
    public required ComparisonOperator Operator { get; init; }

    /// <summary>Offset from the evaluation date, by date.</summary>
    public required ParameterSchedule<DateOffset> Offset { get; init; }

    public override string KindName => "date";
}
