using System.Globalization;

namespace SocialExchange.Listing.Values;

/// <summary>Formatting of amounts and dates in committee sentences: invariant culture, ISO dates, thousands separators.</summary>
public static class Amounts
{
    /// <summary>12,500 or 12,500.5 (no trailing zeros).</summary>
    public static string Number(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    /// <summary>EUR 1,250,000.</summary>
    public static string Money(decimal value, string currency) => $"{currency} {Number(value)}";

    /// <summary>2024-03-31.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
