using SocialExchange.Matching.Events;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Tests.Journaling;
using SocialExchange.Matching.Tests.Support;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Hosting;

[Collection(HostCollection.Name)]
public sealed class EngineHostConcurrencyTests
{
    [Theory]
    [InlineData(JournalDurability.Durable)]
    [InlineData(JournalDurability.Async)]
    public void ManyProducers_OnSmallRings_LoseNothing_ReorderNothing_AndMatchTheJournalReplayEventForEvent(JournalDurability durability)
    {
        const int producers = 4;
        const int perProducer = 3_000;
        using var temp = new TempDirectory();
        var sink = new RecordingSink();
        var options = Options(temp.Path, durability, sink) with { InboundRingSize = 64, OutboundRingSize = 256 };
        var outcomes = new List<CommandOutcome>[producers];
        ulong hash;
        using (var host = EngineHost.Start(options))
        {
            Await(host.SubmitAsync(Open(1)));
            var threads = Enumerable.Range(0, producers).Select(p => new Thread(() =>
            {
                var mine = outcomes[p] = [];
                var pending = new List<ValueTask<CommandOutcome>>();
                for (int i = 1; i <= perProducer; i++)
                {
                    // Producers alternate sides around 100, so orders cross and trade across participants.
                    var command = Limit(p + 1, i, (i + p) % 2 == 0 ? Side.Buy : Side.Sell, 98 + (i * 7 + p) % 5, 1 + i % 3);
                    if (p % 2 == 0)
                    {
                        pending.Add(host.SubmitAsync(command));
                        if (pending.Count == 32) Drain(pending, mine);
                    }
                    else
                    {
                        var spin = new SpinWait();
                        while (!host.TryPublish(command, out _)) spin.SpinOnce(); // back-pressure: the ring is full
                    }
                }
                Drain(pending, mine);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            host.Stop();
            hash = host.StateHash();
        }

        var completions = sink.Completions;
        int total = 3 + producers * perProducer; // two listings and the phase first
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), completions.Select(c => c.Sequence));
        for (int p = 0; p < producers; p++)
        {
            var ids = completions.Where(c => c.Participant == p + 1).Select(c => c.ClientOrderId).ToList();
            Assert.Equal(Enumerable.Range(1, perProducer).Select(i => (long)i), ids); // each producer's commands in its own order
        }
        Assert.All(outcomes.Where(o => o is not null).SelectMany(o => o), o => Assert.True(o.IsAccepted, o.ToString()));
        Assert.Equal(2 * perProducer, outcomes.Where(o => o is not null).Sum(o => o.Count));
        Assert.NotEmpty(sink.Of<TradeExecuted>(OutboundEventKind.TradeExecuted));

        // The journal replayed into a fresh engine gives the same events, in the same order, and the same state.
        var replayLog = new EventLog();
        var replay = new Matching.Engine.MatchingEngine<EventLog>(new Matching.Engine.EngineOptions(), replayLog);
        JournalReplayer.Replay(Path.Combine(temp.Path, "journal"), replay);
        var hostLog = new EventLog();
        foreach (var e in sink.Events) e.Dispatch(ref hostLog);
        Assert.Equal(replayLog.Events.Count, hostLog.Events.Count);
        Assert.Equal(replayLog.Events, hostLog.Events);
        Assert.Equal(replay.StateHash(), hash);
    }

    private static void Drain(List<ValueTask<CommandOutcome>> pending, List<CommandOutcome> into)
    {
        foreach (var outcome in pending) into.Add(Await(outcome));
        pending.Clear();
    }
}
