using System.Text;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Oracle;

/// <summary>
/// Runs one seeded random command stream through the engine and the reference side by side. After every command
/// both event lists must be equal and both state hashes must be equal; the first difference is reported with the
/// seed, the command index, the command, the recent commands before it and both event lists.
/// </summary>
public static class OracleRun
{
    private const int HistoryShown = 12;

    /// <summary>Returns an empty string when the runs agree throughout, else a report of the first disagreement.</summary>
    public static string Compare(ulong seed, int commandCount, int instrumentCount)
    {
        var options = new EngineOptions { Seed = seed, InitialOrderCapacity = 256 };
        var engineLog = new EventLog();
        var referenceLog = new EventLog();
        var engine = new MatchingEngine<EventLog>(options, engineLog);
        var reference = new ReferenceEngine(options, referenceLog);
        foreach (var spec in OracleInstruments.Take(instrumentCount))
        {
            engine.AddInstrument(spec);
            reference.AddInstrument(spec);
        }
        var stream = new RandomCommandStream(seed, instrumentCount);
        var history = new Queue<object>();
        for (int index = 0; index < commandCount; index++)
        {
            var command = stream.Next();
            engineLog.Clear();
            referenceLog.Clear();
            string? failure = null;
            try
            {
                CommandDispatch.Apply(engine, command);
            }
            catch (Exception e)
            {
                failure = $"the engine threw {e}";
            }
            try
            {
                CommandDispatch.Apply(reference, command);
            }
            catch (Exception e)
            {
                failure ??= $"the reference threw {e}";
            }
            failure ??= FirstEventDifference(engineLog.Events, referenceLog.Events);
            if (failure is null && engine.StateHash() != reference.StateHash()) failure = StateDifference(engine, reference, instrumentCount);
            if (failure is not null) return Report(seed, index, command, history, failure, engineLog.Events, referenceLog.Events);
            history.Enqueue(command);
            if (history.Count > HistoryShown) history.Dequeue();
        }
        return "";
    }

    private static string? FirstEventDifference(List<object> engine, List<object> reference)
    {
        for (int i = 0; i < Math.Max(engine.Count, reference.Count); i++)
        {
            object? e = i < engine.Count ? engine[i] : null;
            object? r = i < reference.Count ? reference[i] : null;
            if (!Equals(e, r))
                return $"first differing event is #{i}:\n  engine:    {e?.ToString() ?? "(none)"}\n  reference: {r?.ToString() ?? "(none)"}";
        }
        return null;
    }

    private static string StateDifference(MatchingEngine<EventLog> engine, ReferenceEngine reference, int instrumentCount)
    {
        var text = new StringBuilder("events agree but the state hashes differ\n");
        text.AppendLine($"  clock: engine {engine.Clock}, reference {reference.Clock}");
        for (int id = 1; id <= instrumentCount; id++)
        {
            var referenceBook = reference.Books.Single(b => b.Id == id);
            if (engine.BookState(id) != referenceBook.View())
                text.AppendLine($"  instrument {id} book state:\n    engine:    {engine.BookState(id)}\n    reference: {referenceBook.View()}");
            var engineOrders = engine.OpenOrders(id);
            var referenceOrders = reference.OpenOrders(id);
            int at = Enumerable.Range(0, Math.Max(engineOrders.Count, referenceOrders.Count))
                .FirstOrDefault(i => i >= engineOrders.Count || i >= referenceOrders.Count || engineOrders[i] != referenceOrders[i], -1);
            if (at >= 0)
                text.AppendLine($"  instrument {id} open order #{at} of {engineOrders.Count}/{referenceOrders.Count}:\n" +
                    $"    engine:    {(at < engineOrders.Count ? engineOrders[at] : "(none)")}\n" +
                    $"    reference: {(at < referenceOrders.Count ? referenceOrders[at] : "(none)")}");
        }
        return text.ToString();
    }

    private static string Report(ulong seed, int index, object command, IEnumerable<object> history, string failure, List<object> engineEvents, List<object> referenceEvents)
    {
        var text = new StringBuilder();
        text.AppendLine($"oracle mismatch: seed {seed}, command #{index}: {command}");
        text.AppendLine(failure);
        text.AppendLine("commands before it:");
        foreach (var previous in history) text.AppendLine($"  {previous}");
        text.AppendLine("engine events:");
        foreach (var e in engineEvents) text.AppendLine($"  {e}");
        text.AppendLine("reference events:");
        foreach (var e in referenceEvents) text.AppendLine($"  {e}");
        return text.ToString();
    }
}
