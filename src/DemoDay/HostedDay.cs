using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.DemoDay;

/// <summary>
/// The demo day through the running exchange process (<see cref="EngineHost"/>): every command goes through the
/// ring, the journal (durable mode) and the matching thread, each minute's orders are awaited until acknowledged,
/// and the summary is built from the outbound events. Engine time comes from a virtual clock set minute by minute,
/// so the day is the same to the last event as the direct run, and so is the state hash.
/// </summary>
internal static class HostedDay
{
    /// <summary>What the day left behind: the numbers the summary prints next to the market's.</summary>
    public sealed record Outcome(long Commands, ulong StateHash, string Recovery, long JournalRecords, string? Snapshot, IAccountQueries Accounts);

    public static Outcome Run(string directory, int seed, int investors, long day, long start, DaySummary summary)
    {
        var clock = new VirtualClock(start);
        var options = new EngineHostOptions
        {
            Engine = new EngineOptions { Seed = (ulong)seed, Accounts = true },
            JournalDirectory = Path.Combine(directory, "journal"),
            SnapshotDirectory = Path.Combine(directory, "snapshots"),
            Journal = new JournalWriterOptions { Durability = JournalDurability.Durable },
            Instruments = DemoMarket.Instruments,
            Clock = clock,
            TimeAdvanceInterval = null, // the day advances the clock itself, minute by minute
            Sinks = [new SummarySink(summary)],
        };
        using var host = EngineHost.Start(options);
        if (host.Health.Published > DemoMarket.Instruments.Count)
        {
            // A market is already in the journal: show that it came back, do not trade the same day twice.
            host.Stop();
            return new Outcome(0, host.StateHash(), host.RecoveryReport, host.Health.Published, null, host.AccountsAfterStop);
        }

        var traders = new DemoTraders(investors, (ulong)seed);
        long commands = 0;
        var minute = new List<ValueTask<CommandOutcome>>();
        foreach (var funding in traders.Funding(start))
        {
            minute.Add(host.SubmitAsync(EngineCommand.From(funding)));
            commands++;
        }
        for (long time = start; time < day + 20 * TradingSchedule.Hour; time += TradingSchedule.Minute)
        {
            clock.Set(time);
            minute.Add(host.SubmitAsync(EngineCommand.From(new AdvanceTime(time))));
            commands++;
            if (time >= day + 8 * TradingSchedule.Hour && time <= day + 17 * TradingSchedule.Hour + 35 * TradingSchedule.Minute)
            {
                foreach (var command in traders.Minute(time))
                {
                    commands++;
                    minute.Add(command switch
                    {
                        PlaceOrder place => host.SubmitAsync(EngineCommand.From(place)),
                        CancelOrder cancel => host.SubmitAsync(EngineCommand.From(cancel)),
                        _ => throw new InvalidOperationException($"the demo traders sent {command}"),
                    });
                }
            }
            // The minute ends when every command of it is acknowledged: matched and on disk.
            foreach (var pending in minute) Expect(pending.AsTask().GetAwaiter().GetResult());
            minute.Clear();
        }
        clock.Set(day + 20 * TradingSchedule.Hour);
        Expect(host.SubmitAsync(EngineCommand.From(new AdvanceTime(day + 20 * TradingSchedule.Hour))).AsTask().GetAwaiter().GetResult());
        commands++;
        long records = host.Health.Durable;
        host.Stop();
        string? snapshot = new SnapshotStore(options.SnapshotDirectory).List().FirstOrDefault()?.Path;
        return new Outcome(commands, host.StateHash(), host.RecoveryReport, records, snapshot, host.AccountsAfterStop);
    }

    private static void Expect(CommandOutcome outcome)
    {
        if (outcome.Status != CommandStatus.Acknowledged) throw new InvalidOperationException("the engine host did not acknowledge a command: " + outcome);
    }

    /// <summary>Feeds the outbound events to the day's summary, on the fan-out thread.</summary>
    private sealed class SummarySink(DaySummary summary) : IOutboundSink
    {
        public void OnEvent(in OutboundEvent e) => e.Dispatch(ref summary);
    }
}
