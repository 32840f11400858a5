namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// A rule parameter that changes by date (the ⚠ rows of the domain brief, e.g. the ZCZP minimum application
/// ₹2 lakh → ₹10,000 → ₹1,000). Entries ascend by date; the one in force on a day is the last that started on or
/// before it. A value without a start date is in force from the beginning.
/// </summary>
public sealed class ParameterSchedule<T>
{
    /// <summary>Creates a schedule from entries sorted by ascending start date (only the first may have no start).</summary>
    public ParameterSchedule(IReadOnlyList<ScheduledValue<T>> entries)
    {
        if (entries.Count == 0) throw new ArgumentException("a schedule needs at least one value", nameof(entries));
        Entries = entries;
    }

    /// <summary>A schedule with one value, always in force.</summary>
    public static ParameterSchedule<T> Constant(T value, string? source = null) => new([new ScheduledValue<T>(null, value, source)]);

    /// <summary>The entries, earliest first.</summary>
    public IReadOnlyList<ScheduledValue<T>> Entries { get; }

    /// <summary>True when the value changes over time.</summary>
    public bool IsDated => Entries.Count > 1 || Entries[0].From is not null;

    /// <summary>The entry in force on <paramref name="day"/>, or null before the first entry starts.</summary>
    public ScheduledValue<T>? InForceOn(DateOnly day)
    {
        ScheduledValue<T>? found = null;
        foreach (var entry in Entries)
        {
            if (entry.From is null || entry.From <= day) found = entry;
            else break;
        }
        return found;
    }
}
