using System.Globalization;
using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Evaluation;

/// <summary>Small helpers that turn codes and values into the words of committee sentences.</summary>
internal static class Words
{
    /// <summary><c>social_cooperative</c> → "social cooperative".</summary>
    public static string Humanize(string code) => code.Replace('_', ' ');

    /// <summary>A list as "a, b or c".</summary>
    public static string OneOf(IEnumerable<string> items, string conjunction = "or")
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + $" {conjunction} " + list[^1],
        };
    }

    /// <summary>"a" or "an" before <paramref name="noun"/>, by its first letter (good enough for the codes used here).</summary>
    public static string A(string noun) => noun.Length > 0 && "aeiouAEIOU".Contains(noun[0]) ? "an " + noun : "a " + noun;

    /// <summary>The engine's trading model in words.</summary>
    public static string TradingModel(Matching.Instruments.TradingModelKind model) => model switch
    {
        Matching.Instruments.TradingModelKind.ContinuousWithAuctions => "continuous trading with opening and closing auctions",
        Matching.Instruments.TradingModelKind.PeriodicAuctions => "periodic call auctions",
        Matching.Instruments.TradingModelKind.FrequentBatchAuctions => "frequent batch auctions",
        _ => "primary market only (no secondary trading)",
    };

    /// <summary>First letter in upper case.</summary>
    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    /// <summary>" (in force since 2023-12-28, S-30)" for a dated parameter, " (S-30)" for a sourced constant, "" otherwise.</summary>
    public static string Since<T>(ScheduledValue<T> value, bool dated)
    {
        var parts = new List<string>();
        if (dated && value.From is { } from) parts.Add($"in force since {Amounts.Date(from)}");
        if (value.Source is { } source) parts.Add(source);
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    /// <summary>
    /// A computed share for display, with enough decimals that it never looks equal to a threshold it is not
    /// equal to (66.995% must not show as 67% next to a 67% threshold it fails).
    /// </summary>
    public static string Share(Ratio actual, Ratio threshold)
    {
        for (int decimals = 2; decimals <= 8; decimals += 2)
        {
            var shown = Math.Round(actual.Numerator * 100m / actual.Denominator, decimals);
            var thresholdShown = Math.Round(threshold.Numerator * 100m / threshold.Denominator, decimals);
            if (shown != thresholdShown || actual.SameValueAs(threshold)) return shown.ToString("0.########", CultureInfo.InvariantCulture) + "%";
        }
        return (actual.Numerator * 100m / actual.Denominator).ToString(CultureInfo.InvariantCulture) + "%";
    }
}
