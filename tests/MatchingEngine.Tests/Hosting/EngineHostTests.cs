using SocialExchange.Matching.Events;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Results;
using SocialExchange.Matching.Tests.Journaling;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Hosting;

[Collection(HostCollection.Name)]
public sealed class EngineHostTests
{
    [Fact]
    public void SubmitAsync_CrossingOrders_AcknowledgesEachWithItsOutcomeAndPublishesTheTrade()
    {
        using var temp = new TempDirectory();
        var sink = new RecordingSink();
        using var host = EngineHost.Start(Options(temp.Path, sinks: sink));

        Assert.True(Await(host.SubmitAsync(Open(1))).IsAccepted);
        var sell = Await(host.SubmitAsync(Limit(1, 1, Side.Sell, 100, 5)));
        var buy = Await(host.SubmitAsync(Limit(2, 1, Side.Buy, 101, 3)));
        var offTick = Await(host.SubmitAsync(Limit(2, 2, Side.Buy, 1000, 3, instrument: 2)));
        host.Stop();

        Assert.Equal(CommandStatus.Acknowledged, sell.Status);
        Assert.True(sell.OrderId > 0);
        Assert.True(buy.IsAccepted);
        Assert.Equal(sell.Sequence + 1, buy.Sequence);
        Assert.Equal(CommandStatus.Acknowledged, offTick.Status);
        Assert.NotEqual(ResultCode.Ok, offTick.Code); // instrument 2 is still closed: the engine's rejection comes back in the acknowledgement
        var trade = Assert.Single(sink.Of<TradeExecuted>(OutboundEventKind.TradeExecuted));
        Assert.Equal((100L, 3L, sell.OrderId), (trade.Price, trade.Quantity, trade.SellOrderId));
        Assert.All(sink.Events, e => Assert.True(e.CommandSequence <= offTick.Sequence));
    }

    [Fact]
    public void Sinks_EveryEventIsFollowedByAnEndOfBatch_AndNoBatchIsEmpty()
    {
        using var temp = new TempDirectory();
        var sink = new RecordingSink();
        using var host = EngineHost.Start(Options(temp.Path, sinks: sink));

        Await(host.SubmitAsync(Open(1)));
        var commands = Enumerable.Range(1, 200).Select(i => Limit(1 + i % 3, i, i % 2 == 0 ? Side.Buy : Side.Sell, 95 + i % 10, 1 + i % 4)).ToArray();
        for (int published = 0; published < commands.Length;) published += host.TryPublish(commands.AsSpan(published));
        var last = Await(host.SubmitAsync(Limit(1, 1000, Side.Buy, 90, 1)));
        host.Stop();

        var ends = sink.EndsOfBatch;
        Assert.True(sink.Completions.Count >= 202, $"{sink.Completions.Count} completions");
        Assert.Equal(last.Sequence, sink.Completions[^1].Sequence);
        Assert.Equal(sink.Events.Count, ends[^1]); // nothing delivered without an end of batch after it
        Assert.All(ends.Zip(ends.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"an empty batch was signalled after event {pair.First}"));
    }

    [Fact]
    public void Stop_ThenStartAgain_RecoversTheSameStateFromTheSnapshotAndReplaysNothing()
    {
        using var temp = new TempDirectory();
        ulong before;
        using (var host = EngineHost.Start(Options(temp.Path)))
        {
            Await(host.SubmitAsync(Open(1)));
            for (int i = 1; i <= 50; i++) Await(host.SubmitAsync(Limit(1 + i % 3, i, i % 2 == 0 ? Side.Buy : Side.Sell, 95 + i % 10, 1 + i % 4)));
            host.Stop();
            before = host.StateHash();
        }

        using var again = EngineHost.Start(Options(temp.Path));
        again.Stop();
        Assert.Equal(before, again.StateHash());
        Assert.Contains("snapshot snapshot-", again.RecoveryReport);
        Assert.Contains(", 0 journal records replayed", again.RecoveryReport);
        Assert.Equal(before, ReplayedHash(temp.Path));
    }

    [Fact]
    public void Start_WithoutSnapshots_ReplaysTheWholeJournalToTheSameState()
    {
        using var temp = new TempDirectory();
        var options = Options(temp.Path) with { SnapshotOnStop = false };
        ulong before;
        using (var host = EngineHost.Start(options))
        {
            Await(host.SubmitAsync(Open(1)));
            for (int i = 1; i <= 20; i++) Await(host.SubmitAsync(Limit(1 + i % 2, i, i % 2 == 0 ? Side.Buy : Side.Sell, 100, 2)));
            host.Stop();
            before = host.StateHash();
        }

        using var again = EngineHost.Start(options);
        Assert.Contains("no snapshot used, 23 journal records replayed", again.RecoveryReport); // 2 listings, 1 phase, 20 orders
        var next = Await(again.SubmitAsync(Limit(1, 100, Side.Buy, 90, 1)));
        Assert.Equal(24, next.Sequence);
        again.Stop();
        Assert.Equal(ReplayedHash(temp.Path), again.StateHash());
        Assert.NotEqual(before, again.StateHash());
    }

    [Fact]
    public void ListInstrumentAsync_BadOrDuplicateSpecification_IsRefusedBeforeTheJournalAndNamesTheProblem()
    {
        using var temp = new TempDirectory();
        using var host = EngineHost.Start(Options(temp.Path));

        var duplicate = Await(host.ListInstrumentAsync(Oracle.OracleInstruments.First));
        var invalid = Await(host.ListInstrumentAsync(new InstrumentSpec { Id = 9, Symbol = "BAD", ReferencePrice = -5 }));
        var fine = Await(host.ListInstrumentAsync(Oracle.OracleInstruments.First with { Id = 7, Symbol = "NEW" }));
        host.Stop();

        Assert.Equal(CommandStatus.Refused, duplicate.Status);
        Assert.Contains("instrument id 1 is already listed", duplicate.Problem);
        Assert.Equal(CommandStatus.Refused, invalid.Status);
        Assert.Contains("instrument 9 (BAD) is not valid", invalid.Problem);
        Assert.True(fine.IsAccepted);
        var listings = JournalTestData.ReadAll(Path.Combine(temp.Path, "journal")).Where(r => r.Command is ListInstrument).ToList();
        Assert.Equal(3, listings.Count);
    }

    [Fact]
    public void SubmitAsync_AfterStop_IsRefusedWithTheReason()
    {
        using var temp = new TempDirectory();
        var host = EngineHost.Start(Options(temp.Path));
        host.Stop();

        var outcome = Await(host.SubmitAsync(Open(1)));

        Assert.Equal(CommandStatus.Refused, outcome.Status);
        Assert.Equal("the engine host is stopped", outcome.Problem);
        Assert.False(host.TryPublish(Open(1), out _));
        Assert.Equal(HostStatus.Stopped, host.Health.Status);
        var snapshot = host.SnapshotAsync();
        Assert.True(snapshot.IsFaulted);
        Assert.Equal("no snapshot: the engine host is stopped", snapshot.Exception!.InnerException!.Message);
    }

    [Fact]
    public async Task SnapshotAsync_BackToBackAndThenStop_EverySnapshotOnDiskAndLoadable()
    {
        // The matching thread captures into one reused buffer and another thread writes the file: a second request
        // waits for the first file, and a stop waits for the last one before writing its own.
        using var temp = new TempDirectory();
        var options = Options(temp.Path) with { SnapshotsKept = 5 };
        var host = EngineHost.Start(options);
        Await(host.SubmitAsync(Open(1)));
        for (int i = 1; i <= 50; i++) Await(host.SubmitAsync(Limit(1 + i % 3, i, i % 2 == 0 ? Side.Buy : Side.Sell, i % 2 == 0 ? 99 : 101, 1)));
        var first = host.SnapshotAsync();
        Await(host.SubmitAsync(Limit(9, 1, Side.Buy, 98, 1)));
        var second = host.SnapshotAsync();
        var firstWritten = await first.WaitAsync(TimeSpan.FromSeconds(30));
        var third = host.SnapshotAsync(); // not awaited before the stop, which must still leave it complete
        host.Stop();
        await third.WaitAsync(TimeSpan.FromSeconds(30));
        var secondWritten = await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(secondWritten.Sequence > firstWritten.Sequence);
        var files = new SnapshotStore(options.SnapshotDirectory!).List();
        Assert.Contains(files, f => f.Path == firstWritten.Path);
        Assert.Contains(files, f => f.Path == secondWritten.Path);
        Assert.DoesNotContain(Directory.GetFiles(options.SnapshotDirectory!), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file.Path);
            var engine = Matching.Engine.MatchingEngine<Properties.CountingHandler>.ReadSnapshot(stream, default, out long sequence);
            Assert.Equal(file.Sequence, sequence);
        }
        Assert.Equal(host.StateHash(), LoadNewest(options).StateHash());
    }

    private static Matching.Engine.MatchingEngine<Properties.CountingHandler> LoadNewest(EngineHostOptions options)
    {
        using var stream = File.OpenRead(new SnapshotStore(options.SnapshotDirectory!).List()[0].Path);
        return Matching.Engine.MatchingEngine<Properties.CountingHandler>.ReadSnapshot(stream, default, out _);
    }

    [Fact]
    public void TimeAdvance_AtACadence_ExpiresGoodTillDateOrdersAndIsJournaled()
    {
        using var temp = new TempDirectory();
        var clock = new VirtualClock(1_000);
        var sink = new RecordingSink();
        var options = Options(temp.Path, sinks: sink) with { Clock = clock, TimeAdvanceInterval = TimeSpan.FromMilliseconds(5) };
        using (var host = EngineHost.Start(options))
        {
            Await(host.SubmitAsync(Open(1)));
            var gtd = Hosting.HostTestSupport.Limit(1, 1, Side.Buy, 99, 1);
            gtd.TimeInForce = TimeInForce.GoodTillDate;
            gtd.ExpireTime = 5_000;
            Assert.True(Await(host.SubmitAsync(gtd)).IsAccepted);
            clock.Set(6_000);
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (sink.Of<OrderExpired>(OutboundEventKind.OrderExpired).Count == 0 && DateTime.UtcNow < deadline) Thread.Sleep(5);
            host.Stop();
        }

        var expired = Assert.Single(sink.Of<OrderExpired>(OutboundEventKind.OrderExpired));
        Assert.Equal(5_000, expired.Time); // the engine dates an expiry at the order's expiry time, not when the timer was noticed
        Assert.Contains(JournalTestData.ReadAll(Path.Combine(temp.Path, "journal")), r => r.Command is Matching.Commands.AdvanceTime);
        var engine = new Matching.Engine.MatchingEngine<Properties.CountingHandler>(new Matching.Engine.EngineOptions(), default);
        JournalReplayer.Replay(Path.Combine(temp.Path, "journal"), engine);
        Assert.Equal(0, engine.OpenOrderCount);
    }

    [Fact]
    public void Start_WithBadOptions_NamesEveryProblem()
    {
        var options = new EngineHostOptions { InboundRingSize = 100, SnapshotDirectory = "/tmp/x", TimeAdvanceInterval = TimeSpan.Zero, MaxBatchSize = 0 };

        var error = Assert.Throws<ArgumentException>(() => EngineHost.Start(options));

        Assert.Contains("InboundRingSize must be a power of two, was 100", error.Message);
        Assert.Contains("SnapshotDirectory needs a JournalDirectory", error.Message);
        Assert.Contains("TimeAdvanceInterval must be positive", error.Message);
        Assert.Contains("MaxBatchSize must be at least 1, was 0", error.Message);
    }
}
