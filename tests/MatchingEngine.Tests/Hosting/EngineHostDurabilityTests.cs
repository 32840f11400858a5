using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Tests.Journaling;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Hosting;

[Collection(HostCollection.Name)]
public sealed class EngineHostDurabilityTests
{
    [Fact]
    public void SubmitAsync_DurableMode_IsNotAcknowledgedNorPublishedBeforeTheFsync()
    {
        using var temp = new TempDirectory();
        var disk = new GatedFileSystem();
        var sink = new RecordingSink();
        var options = Options(temp.Path, sinks: sink) with { Journal = new JournalWriterOptions { FileSystem = disk } };
        using var host = EngineHost.Start(options);
        var opened = Await(host.SubmitAsync(Open(1)));
        // The caller is woken before the sinks see the completion: wait for it, or it would count as published later.
        SpinWait.SpinUntil(() => sink.Completions.Any(c => c.Sequence == opened.Sequence), TimeSpan.FromSeconds(10));
        int eventsBefore = sink.Events.Count;

        disk.Close();
        var pending = host.SubmitAsync(Limit(1, 1, Side.Buy, 100, 1));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (host.Health.Matched < 4 && DateTime.UtcNow < deadline) Thread.Sleep(1); // 2 listings, the phase, the order
        Thread.Sleep(100);

        Assert.Equal(4, host.Health.Matched);
        Assert.False(pending.IsCompleted);
        Assert.Equal(eventsBefore, sink.Events.Count);
        disk.Open();
        var outcome = Await(pending);
        Assert.True(outcome.IsAccepted);
        host.Stop();
        Assert.True(sink.Events.Count > eventsBefore);
    }

    [Fact]
    public void JournalFailure_StopsAcceptingWithTheReason_NeverAcknowledgesTheLostCommand_AndRestartKeepsTheDurableOnes()
    {
        using var temp = new TempDirectory();
        var disk = new FaultyFileSystem();
        var sink = new RecordingSink();
        var options = Options(temp.Path, sinks: sink) with { Journal = new JournalWriterOptions { FileSystem = disk } };
        var host = EngineHost.Start(options);
        var opened = Await(host.SubmitAsync(Open(1)));
        var resting = Await(host.SubmitAsync(Limit(1, 1, Side.Sell, 100, 5)));

        disk.FailFlushes = true;
        var lost = Await(host.SubmitAsync(Limit(2, 1, Side.Buy, 100, 5)));
        var refused = Await(host.SubmitAsync(Limit(2, 2, Side.Buy, 100, 5)));
        var health = host.Health;
        host.Stop();

        Assert.True(opened.IsAccepted && resting.IsAccepted);
        Assert.Equal(CommandStatus.NotDurable, lost.Status);
        Assert.Contains("journal write failed at command 5", lost.Problem);
        Assert.Contains("Input/output error", lost.Problem);
        Assert.Equal(CommandStatus.Refused, refused.Status);
        Assert.Contains("the engine host is failed: journal write failed", refused.Problem);
        Assert.Equal(HostStatus.Failed, health.Status);
        Assert.Equal(4, health.Durable);
        Assert.Empty(sink.Of<Events.TradeExecuted>(OutboundEventKind.TradeExecuted)); // the trade's command never became durable
        Assert.All(sink.Events, e => Assert.True(e.CommandSequence <= 4));
        Assert.Empty(new SnapshotStore(Path.Combine(temp.Path, "snapshots")).List()); // no snapshot of a state holding a command that is not durable

        // The lost command is in doubt: its write reached the file before the fsync failed, so the restart replays
        // it. Whatever the journal holds is the state, and the sequence continues after it.
        long inJournal = JournalVerifier.Verify(Path.Combine(temp.Path, "journal")).LastSequence;
        Assert.InRange(inJournal, 4, 5);
        using var again = EngineHost.Start(options with { Journal = new JournalWriterOptions(), Sinks = [] });
        var next = Await(again.SubmitAsync(Limit(2, 3, Side.Buy, 100, 5)));
        again.Stop();
        Assert.True(next.IsAccepted);
        Assert.Equal(inJournal + 1, next.Sequence);
        Assert.Equal(ReplayedHash(temp.Path), again.StateHash());
    }
}
