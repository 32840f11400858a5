using System.Globalization;

namespace SocialExchange.Listing.Values;

/// <summary>
/// An exact fraction <see cref="Numerator"/>/<see cref="Denominator"/>, used for shares and thresholds so that a
/// boundary such as two thirds is compared without rounding: 2/3 is not 0.6667, and 66.67% is below 2/3.
/// Comparison cross-multiplies, so any two decimals compare exactly.
/// </summary>
public readonly record struct Ratio : IComparable<Ratio>
{
    /// <summary>Creates <paramref name="numerator"/>/<paramref name="denominator"/>; the denominator must be positive.</summary>
    public Ratio(decimal numerator, decimal denominator)
    {
        if (denominator <= 0) throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "a ratio needs a positive denominator");
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The part.</summary>
    public decimal Numerator { get; }

    /// <summary>The whole; always positive.</summary>
    public decimal Denominator { get; }

    /// <summary>A plain number as a ratio over one.</summary>
    public static Ratio Of(decimal value) => new(value, 1m);

    /// <summary>A percentage: 67 is 67/100.</summary>
    public static Ratio Percent(decimal percent) => new(percent, 100m);

    /// <summary>The value rounded to 28 significant digits; for display and arithmetic that tolerates rounding, never for thresholds.</summary>
    public decimal Approximate => Numerator / Denominator;

    /// <inheritdoc />
    public int CompareTo(Ratio other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>True when the two fractions are the same number (1/2 equals 50/100).</summary>
    public bool SameValueAs(Ratio other) => CompareTo(other) == 0;

    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;
    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;
    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Reads <c>67%</c>, <c>2/3</c> or <c>0.67</c> (invariant culture). Returns false, with a reason, for anything else.
    /// </summary>
    public static bool TryParse(string text, out Ratio value, out string? error)
    {
        value = default;
        error = null;
        var s = text.Trim();
        var style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (s.EndsWith('%'))
        {
            if (decimal.TryParse(s[..^1].Trim(), style, CultureInfo.InvariantCulture, out var pct)) { value = Percent(pct); return true; }
            error = $"'{text}' is not a percentage";
            return false;
        }
        int slash = s.IndexOf('/');
        if (slash > 0)
        {
            if (decimal.TryParse(s[..slash].Trim(), style, CultureInfo.InvariantCulture, out var n)
                && decimal.TryParse(s[(slash + 1)..].Trim(), style, CultureInfo.InvariantCulture, out var d) && d > 0)
            {
                value = new Ratio(n, d);
                return true;
            }
            error = $"'{text}' is not a fraction with a positive denominator";
            return false;
        }
        if (decimal.TryParse(s, style, CultureInfo.InvariantCulture, out var plain)) { value = Of(plain); return true; }
        error = $"'{text}' is not a number, a percentage or a fraction";
        return false;
    }

    /// <summary>As a percentage with up to two decimals; a fraction that is not a whole percentage also shows itself (<c>2/3 (66.67%)</c>).</summary>
    public override string ToString()
    {
        decimal pct = Numerator * 100m / Denominator;
        string shown = Math.Round(pct, 2).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        bool wholeHundredths = Denominator == 100m || Denominator == 1m || Math.Round(pct, 2) == pct;
        return wholeHundredths ? shown : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)} ({shown})";
    }
}
