using SocialExchange.Matching.Events;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Tests.Journaling;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>
/// <see cref="EngineHostOptions.MaxBatchSize"/>: a stage that finds more commands waiting than the limit takes them
/// in several batches, releasing each to the next stage (and its slots to the producers) before taking the next.
/// Seen through the stamps: the sequencer reads the clock once per batch, so commands of one batch share a time.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EngineHostBatchTests
{
    private const int Waiting = 100;

    [Theory]
    [InlineData(JournalDurability.None, 16)] // the sequencer stage on its own thread
    [InlineData(JournalDurability.Async, 16)] // the sequencer inside the journal stage
    [InlineData(JournalDurability.Durable, 7)]
    public void CommandsWaitingBeyondTheLimit_AreStampedInBatchesOfAtMostTheLimit(JournalDurability durability, int limit)
    {
        var times = StampsOfWaitingCommands(durability, limit);

        Assert.All(times.GroupBy(t => t), batch => Assert.True(batch.Count() <= limit, $"{batch.Count()} commands stamped in one batch"));
        Assert.Equal((Waiting + limit - 1) / limit, times.Distinct().Count());
    }

    [Fact]
    public void WithoutALimit_TheWaitingCommandsAreOneBatch()
    {
        // The scenario itself: the commands the test published while the stage was held are all waiting when it
        // looks again, so without the limit it takes them as one batch.
        var times = StampsOfWaitingCommands(JournalDurability.Async, int.MaxValue);

        Assert.Single(times.Distinct());
    }

    /// <summary>
    /// Holds the stamping stage inside the batch of a first command, publishes <see cref="Waiting"/> more, lets the
    /// stage go on, and returns the times the engine gave those orders.
    /// </summary>
    private static List<long> StampsOfWaitingCommands(JournalDurability durability, int limit)
    {
        using var temp = new TempDirectory();
        using var clock = new GatedClock();
        var sink = new RecordingSink();
        var options = Options(temp.Path, durability, sink) with { Clock = clock, MaxBatchSize = limit };
        if (durability == JournalDurability.None) options = options with { JournalDirectory = null, SnapshotDirectory = null };
        using var host = EngineHost.Start(options);
        Await(host.SubmitAsync(Open(1)));

        clock.Hold();
        Assert.True(host.TryPublish(Limit(1, 1, Side.Buy, 90, 1), out _));
        clock.WaitUntilHeld();
        var waiting = Enumerable.Range(2, Waiting).Select(i => Limit(1 + i % 3, i, Side.Buy, 90, 1)).ToArray();
        Assert.Equal(Waiting, host.TryPublish(waiting));
        clock.Release();
        var last = Await(host.SubmitAsync(Limit(9, 1, Side.Sell, 110, 1)));
        host.Stop();

        Assert.True(last.IsAccepted, last.ToString());
        var accepted = sink.Of<OrderAccepted>(OutboundEventKind.OrderAccepted);
        return accepted.Where(a => a.ClientOrderId >= 2 && a.Participant != 9).Select(a => a.Time).ToList();
    }
}
