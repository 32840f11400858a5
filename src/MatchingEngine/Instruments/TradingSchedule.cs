namespace SocialExchange.Matching.Instruments;

/// <summary>
/// Times of day (nanoseconds after midnight of engine time) at which an instrument's phases change by schedule.
/// Which fields matter depends on the <see cref="TradingModelKind"/>:
/// <list type="bullet">
/// <item>ContinuousWithAuctions: <see cref="OpenCallStart"/> (pre-open) to <see cref="OpeningAuction"/> (uncross,
/// continuous) to <see cref="ClosingCallStart"/> (pre-close call) to <see cref="ClosingAuction"/> (uncross, post-close)
/// to <see cref="DayEnd"/> (closed).</item>
/// <item>PeriodicAuctions: call from <see cref="OpenCallStart"/>, an uncross at each of <see cref="UncrossTimes"/>,
/// post-close at <see cref="ClosingAuction"/>, closed at <see cref="DayEnd"/>.</item>
/// <item>FrequentBatchAuctions: call from <see cref="OpenCallStart"/>, an uncross every <see cref="BatchInterval"/>
/// until <see cref="ClosingAuction"/> (the last uncross), closed at <see cref="DayEnd"/>.</item>
/// </list>
/// A time of -1 means "not scheduled": that transition happens only by command.
/// </summary>
public sealed record TradingSchedule
{
    /// <summary>Nanoseconds in an hour, for readable schedule literals.</summary>
    public const long Hour = 3_600_000_000_000;

    /// <summary>Nanoseconds in a minute.</summary>
    public const long Minute = 60_000_000_000;

    /// <summary>Nanoseconds in a day; engine time divided by this is the trading day number.</summary>
    public const long Day = 24 * Hour;

    /// <summary>Start of the opening call (or of the all-day call).</summary>
    public long OpenCallStart { get; init; } = -1;

    /// <summary>Opening auction uncross, then continuous trading.</summary>
    public long OpeningAuction { get; init; } = -1;

    /// <summary>Start of the closing call.</summary>
    public long ClosingCallStart { get; init; } = -1;

    /// <summary>Closing auction uncross, then post-close (for call models: the last uncross, then post-close).</summary>
    public long ClosingAuction { get; init; } = -1;

    /// <summary>End of the trading day: day orders expire, daily statistics are published.</summary>
    public long DayEnd { get; init; } = -1;

    /// <summary>Periodic auctions: the uncross times of day, ascending.</summary>
    public IReadOnlyList<long> UncrossTimes { get; init; } = [];

    /// <summary>Frequent batch auctions: the interval between uncrosses (tau).</summary>
    public long BatchInterval { get; init; }

    /// <summary>No scheduled transitions: phases change only by command.</summary>
    public static TradingSchedule None { get; } = new();

    /// <summary>A Borsa Italiana-like day: pre-open 08:00, open 09:00, closing call 17:30, close 17:35, day end 20:00.</summary>
    public static TradingSchedule ContinuousDay { get; } = new()
    {
        OpenCallStart = 8 * Hour,
        OpeningAuction = 9 * Hour,
        ClosingCallStart = 17 * Hour + 30 * Minute,
        ClosingAuction = 17 * Hour + 35 * Minute,
        DayEnd = 20 * Hour,
    };

    /// <summary>Checks the schedule's times against the model; returns the problems found, empty when valid.</summary>
    public IReadOnlyList<string> Validate(TradingModelKind model)
    {
        var problems = new List<string>();
        void Ordered(string earlierName, long earlier, string laterName, long later)
        {
            if (earlier >= 0 && later >= 0 && earlier >= later)
                problems.Add($"{earlierName} ({earlier}) must be before {laterName} ({later})");
        }
        foreach (var (name, value) in new[] { ("OpenCallStart", OpenCallStart), ("OpeningAuction", OpeningAuction),
                     ("ClosingCallStart", ClosingCallStart), ("ClosingAuction", ClosingAuction), ("DayEnd", DayEnd) })
        {
            if (value < -1 || value >= Day) problems.Add($"{name} must be -1 or a time of day in [0, {Day}), was {value}");
        }
        Ordered("OpenCallStart", OpenCallStart, "OpeningAuction", OpeningAuction);
        Ordered("OpeningAuction", OpeningAuction, "ClosingCallStart", ClosingCallStart);
        Ordered("ClosingCallStart", ClosingCallStart, "ClosingAuction", ClosingAuction);
        Ordered("OpenCallStart", OpenCallStart, "ClosingAuction", ClosingAuction);
        Ordered("ClosingAuction", ClosingAuction, "DayEnd", DayEnd);
        for (int i = 0; i < UncrossTimes.Count; i++)
        {
            if (UncrossTimes[i] < 0 || UncrossTimes[i] >= Day) problems.Add($"UncrossTimes[{i}] must be a time of day in [0, {Day})");
            if (i > 0 && UncrossTimes[i] <= UncrossTimes[i - 1]) problems.Add($"UncrossTimes[{i}] must be after UncrossTimes[{i - 1}]");
        }
        if (model == TradingModelKind.FrequentBatchAuctions && BatchInterval <= 0 && OpenCallStart >= 0)
            problems.Add("BatchInterval must be positive for frequent batch auctions");
        if (model != TradingModelKind.FrequentBatchAuctions && BatchInterval != 0)
            problems.Add("BatchInterval applies only to frequent batch auctions");
        if (model != TradingModelKind.PeriodicAuctions && UncrossTimes.Count != 0)
            problems.Add("UncrossTimes apply only to periodic auctions");
        return problems;
    }
}
