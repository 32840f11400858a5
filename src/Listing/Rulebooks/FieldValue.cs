using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// The value of a catalogued field in one application; <see cref="IsMissing"/> when the application does not state
/// it, which rules report as missing evidence.
/// </summary>
public readonly record struct FieldValue
{
    /// <summary>The kind of the field.</summary>
    public FieldKind Kind { get; init; }

    /// <summary>Number or Money kinds: the amount.</summary>
    public decimal? Number { get; init; }

    /// <summary>Money kind: the currency of <see cref="Number"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>Share kind: the share as an exact fraction.</summary>
    public Ratio? Share { get; init; }

    /// <summary>Date kind.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Text kind.</summary>
    public string? Text { get; init; }

    /// <summary>Flag kind.</summary>
    public bool? Flag { get; init; }

    /// <summary>List kind.</summary>
    public IReadOnlyList<string>? Items { get; init; }

    /// <summary>True when the application does not state the value (an empty list or blank text counts as not stated).</summary>
    public bool IsMissing => Kind switch
    {
        FieldKind.Number or FieldKind.Money => Number is null,
        FieldKind.Share => Share is null,
        FieldKind.Date => Date is null,
        FieldKind.Text => string.IsNullOrWhiteSpace(Text),
        FieldKind.Flag => Flag is null,
        _ => Items is null || Items.Count == 0,
    };

    public static FieldValue OfNumber(decimal? value) => new() { Kind = FieldKind.Number, Number = value };
    public static FieldValue OfMoney(decimal? value, string currency) => new() { Kind = FieldKind.Money, Number = value, Currency = currency };
    public static FieldValue OfPercent(decimal? percent) => new() { Kind = FieldKind.Share, Share = percent is { } p ? Ratio.Percent(p) : null };
    public static FieldValue OfDate(DateOnly? value) => new() { Kind = FieldKind.Date, Date = value };
    public static FieldValue OfText(string? value) => new() { Kind = FieldKind.Text, Text = value };
    public static FieldValue OfFlag(bool? value) => new() { Kind = FieldKind.Flag, Flag = value };
    public static FieldValue OfList(IReadOnlyList<string>? items) => new() { Kind = FieldKind.List, Items = items };

    /// <summary>The value as a committee member reads it.</summary>
    public override string ToString()
    {
        if (IsMissing) return "not stated";
        return Kind switch
        {
            FieldKind.Number => Amounts.Number(Number!.Value),
            FieldKind.Money => Amounts.Money(Number!.Value, Currency ?? "?"),
            FieldKind.Share => Share!.Value.ToString(),
            FieldKind.Date => Amounts.Date(Date!.Value),
            FieldKind.Text => Text!,
            FieldKind.Flag => Flag!.Value ? "yes" : "no",
            _ => string.Join(", ", Items!),
        };
    }
}
