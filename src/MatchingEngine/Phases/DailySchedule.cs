using SocialExchange.Matching.Instruments;

namespace SocialExchange.Matching.Phases;

/// <summary>
/// An instrument's <see cref="TradingSchedule"/> compiled into "what happens next after time t". Times of day repeat
/// every <see cref="TradingSchedule.Day"/> of engine time. Frequent batch auctions are computed, not listed, so a
/// short interval costs no memory.
/// </summary>
internal sealed class DailySchedule
{
    private readonly long[] _times;
    private readonly ScheduledAction[] _actions;
    private readonly long _batchStart;
    private readonly long _batchEnd;
    private readonly long _batchInterval;

    public DailySchedule(TradingModelKind model, TradingSchedule schedule)
    {
        var entries = new List<(long Time, ScheduledAction Action)>();
        void Add(long time, ScheduledAction action)
        {
            if (time >= 0) entries.Add((time, action));
        }
        switch (model)
        {
            case TradingModelKind.ContinuousWithAuctions:
                Add(schedule.OpenCallStart, ScheduledAction.StartOpeningCall);
                Add(schedule.OpeningAuction, ScheduledAction.OpeningUncross);
                Add(schedule.ClosingCallStart, ScheduledAction.StartClosingCall);
                Add(schedule.ClosingAuction, ScheduledAction.ClosingUncross);
                break;
            case TradingModelKind.PeriodicAuctions:
                Add(schedule.OpenCallStart, ScheduledAction.StartCallAuction);
                foreach (var t in schedule.UncrossTimes) Add(t, ScheduledAction.CallUncross);
                Add(schedule.ClosingAuction, ScheduledAction.ClosingUncross);
                break;
            case TradingModelKind.FrequentBatchAuctions:
                Add(schedule.OpenCallStart, ScheduledAction.StartCallAuction);
                Add(schedule.ClosingAuction, ScheduledAction.ClosingUncross);
                if (schedule.OpenCallStart >= 0 && schedule.BatchInterval > 0)
                {
                    _batchStart = schedule.OpenCallStart;
                    _batchEnd = schedule.ClosingAuction >= 0 ? schedule.ClosingAuction : TradingSchedule.Day;
                    _batchInterval = schedule.BatchInterval;
                }
                break;
            case TradingModelKind.PrimaryOnly:
                break;
        }
        if (model != TradingModelKind.PrimaryOnly) Add(schedule.DayEnd, ScheduledAction.EndDay);
        entries.Sort((a, b) => a.Time.CompareTo(b.Time));
        _times = entries.Select(e => e.Time).ToArray();
        _actions = entries.Select(e => e.Action).ToArray();
    }

    /// <summary>True when nothing is scheduled.</summary>
    public bool IsEmpty => _times.Length == 0 && _batchInterval == 0;

    /// <summary>The first scheduled action strictly after <paramref name="time"/>; <c>long.MaxValue</c> when none.</summary>
    public long NextAfter(long time, out ScheduledAction action)
    {
        action = ScheduledAction.None;
        if (IsEmpty) return long.MaxValue;
        long day = time / TradingSchedule.Day;
        long timeOfDay = time % TradingSchedule.Day;
        for (int d = 0; d < 2; d++, timeOfDay = -1)
        {
            long best = long.MaxValue;
            for (int i = 0; i < _times.Length; i++)
            {
                if (_times[i] > timeOfDay) { best = _times[i]; action = _actions[i]; break; }
            }
            if (_batchInterval > 0)
            {
                // Next multiple of the interval after the call starts, strictly after timeOfDay and before the close.
                long k = timeOfDay < _batchStart ? 1 : (timeOfDay - _batchStart) / _batchInterval + 1;
                long batch = _batchStart + k * _batchInterval;
                if (batch < _batchEnd && batch < best) { best = batch; action = ScheduledAction.CallUncross; }
            }
            if (best != long.MaxValue) return (day + d) * TradingSchedule.Day + best;
        }
        return long.MaxValue;
    }
}
