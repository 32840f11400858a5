using System.Globalization;

namespace SocialExchange.Listing.Values;

/// <summary>
/// A calendar offset written <c>3y</c>, <c>-3y</c>, <c>12m</c> or <c>90d</c>: years and months move by the calendar
/// (<see cref="DateOnly.AddYears"/>: 29 February plus one year is 28 February), days by count.
/// </summary>
public readonly record struct DateOffset(int Amount, DateOffsetUnit Unit)
{
    /// <summary>The date <paramref name="date"/> moved by this offset.</summary>
    public DateOnly ApplyTo(DateOnly date) => Unit switch
    {
        DateOffsetUnit.Years => date.AddYears(Amount),
        DateOffsetUnit.Months => date.AddMonths(Amount),
        _ => date.AddDays(Amount),
    };

    /// <summary>The same offset in the other direction.</summary>
    public DateOffset Negate() => this with { Amount = -Amount };

    /// <summary>Reads <c>[+|-]N(y|m|d)</c>.</summary>
    public static bool TryParse(string text, out DateOffset value)
    {
        value = default;
        var s = text.Trim();
        if (s.Length < 2) return false;
        DateOffsetUnit? unit = char.ToLowerInvariant(s[^1]) switch
        {
            'y' => DateOffsetUnit.Years,
            'm' => DateOffsetUnit.Months,
            'd' => DateOffsetUnit.Days,
            _ => null,
        };
        if (unit is null || !int.TryParse(s[..^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int amount)) return false;
        value = new DateOffset(amount, unit.Value);
        return true;
    }

    /// <summary>Readable length without the sign, e.g. "3 years", "12 months", "1 day".</summary>
    public string Length
    {
        get
        {
            int n = Math.Abs(Amount);
            string unit = Unit switch { DateOffsetUnit.Years => "year", DateOffsetUnit.Months => "month", _ => "day" };
            return n == 1 ? $"1 {unit}" : $"{n} {unit}s";
        }
    }

    public override string ToString() => $"{(Amount < 0 ? "-" : "")}{Math.Abs(Amount)}{Unit switch { DateOffsetUnit.Years => "y", DateOffsetUnit.Months => "m", _ => "d" }}";
}
