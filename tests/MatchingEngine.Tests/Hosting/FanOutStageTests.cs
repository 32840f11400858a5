using SocialExchange.Matching.Events;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Pipeline;
using SocialExchange.Matching.Results;
using SocialExchange.Matching.Commands;

namespace SocialExchange.Matching.Tests.Hosting;

public sealed class FanOutStageTests
{
    [Fact]
    public void OnEvent_NextCommandNotYetDurable_SinksHearTheEndOfTheBatchBeforeTheFanOutWaits()
    {
        var durable = new Sequence(1);
        // The journal "catches up" only once the sink was told the batch ended; a fan-out that waited first would
        // hold the sink's events until the safety timer below, and the order of calls would show it.
        var sink = new CallLog(onEndOfBatch: () => durable.SetValue(2));
        using var safety = new Timer(_ => durable.SetValue(2), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        var stage = new FanOutStage(new PendingCallPool(), durable, new HostState(null), [sink]);
        OutboundEvent[] batch = [PriceLevel(command: 1), Completion(command: 1), PriceLevel(command: 2), Completion(command: 2)];

        for (int i = 0; i < batch.Length; i++) stage.OnEvent(ref batch[i], i, endOfBatch: i == batch.Length - 1);

        Assert.Equal(["event 1", "event 1", "end", "event 2", "event 2", "end"], sink.Calls);
        Assert.Equal(2, stage.Acknowledged);
    }

    [Fact]
    public void OnEvent_WaitingRightAfterABatchEnded_NoSecondEndForNothingDelivered()
    {
        var durable = new Sequence(1);
        var sink = new CallLog();
        using var journalCatchesUp = new Timer(_ => durable.SetValue(2), null, TimeSpan.FromMilliseconds(50), Timeout.InfiniteTimeSpan);
        var stage = new FanOutStage(new PendingCallPool(), durable, new HostState(null), [sink]);
        var first = Completion(command: 1);
        var second = PriceLevel(command: 2);
        var third = Completion(command: 2);

        stage.OnEvent(ref first, 0, endOfBatch: true);
        stage.OnEvent(ref second, 1, endOfBatch: false); // waits for command 2 to become durable
        stage.OnEvent(ref third, 2, endOfBatch: true);

        Assert.Equal(["event 1", "end", "event 2", "event 2", "end"], sink.Calls);
    }

    private static OutboundEvent PriceLevel(long command)
    {
        var e = new OutboundEvent();
        e.Put(OutboundEventKind.PriceLevelChanged, command, new PriceLevelChanged(0, 1, Side.Buy, 100, 5, 1));
        return e;
    }

    private static OutboundEvent Completion(long command)
    {
        var e = new OutboundEvent();
        e.Put(OutboundEventKind.CommandCompleted, command, new CommandCompleted(command, CommandKind.PlaceOrder, 1, command, ResultCode.Ok, command, -1, 0));
        return e;
    }

    /// <summary>Logs each call: "event N" (N the event's command) or "end".</summary>
    private sealed class CallLog(Action? onEndOfBatch = null) : IOutboundSink
    {
        public List<string> Calls { get; } = [];

        public void OnEvent(in OutboundEvent e) => Calls.Add($"event {e.CommandSequence}");

        public void OnEndOfBatch()
        {
            Calls.Add("end");
            onEndOfBatch?.Invoke();
        }
    }
}
