using SocialExchange.Matching.Events;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Tests.Journaling;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Hosting;

[Collection(HostCollection.Name)]
public sealed class MarketDataPublisherTests
{
    private static OutboundEvent Quote(int instrument, long bid, long sequence)
    {
        var e = new OutboundEvent();
        e.Put(OutboundEventKind.BestBidOfferChanged, sequence, new BestBidOfferChanged(sequence, instrument, bid, 1, bid + 2, 1));
        return e;
    }

    private static OutboundEvent Level(int instrument, long price, long sequence)
    {
        var e = new OutboundEvent();
        e.Put(OutboundEventKind.PriceLevelChanged, sequence, new PriceLevelChanged(sequence, instrument, Side.Buy, price, 5, 1));
        return e;
    }

    private static List<MarketDataUpdate> ReadAll(MarketDataSubscription subscription)
    {
        var updates = new List<MarketDataUpdate>();
        while (subscription.Reader.TryRead(out var update)) updates.Add(update);
        return updates;
    }

    [Fact]
    public void OnEvent_SlowConflatingSubscriber_GetsTheLatestStateOfWhatItMissed_WhileAFastOneGetsEverything()
    {
        var publisher = new MarketDataPublisher();
        var slow = publisher.Subscribe(capacity: 4, LagPolicy.Conflate);
        var fast = publisher.Subscribe(capacity: 1000);
        for (int i = 1; i <= 10; i++)
        {
            publisher.OnEvent(Level(1, 90 + i, i));
            publisher.OnEvent(Quote(1, 90 + i, i));
        }

        Assert.Equal(20, ReadAll(fast).Count);
        var first = ReadAll(slow);
        Assert.Equal(4, first.Count);
        Assert.All(first, u => Assert.False(u.Conflated));
        Assert.Equal(16, slow.Dropped);

        publisher.OnEvent(Level(1, 200, 11)); // room again: the conflated state comes first, then live updates
        var after = ReadAll(slow);
        var conflated = Assert.Single(after, u => u.Conflated);
        Assert.Equal(100, conflated.Event.As<BestBidOfferChanged>().BidPrice); // the latest quote, not the ones in between
        Assert.Equal(200, after[^1].Event.As<PriceLevelChanged>().Price);
    }

    [Fact]
    public async Task OnEvent_SlowDisconnectingSubscriber_IsCutOffWithTheReason()
    {
        var publisher = new MarketDataPublisher();
        var slow = publisher.Subscribe(capacity: 4, LagPolicy.Disconnect);
        for (int i = 1; i <= 6; i++) publisher.OnEvent(Quote(1, 90 + i, i));

        Assert.Equal(4, ReadAll(slow).Count);
        var error = await Assert.ThrowsAsync<MarketDataDisconnectedException>(() => slow.Reader.Completion);
        Assert.Equal("too slow: 4 market data updates unread (command 5)", error.Message);
    }

    [Fact]
    public void OnEvent_InstrumentSubscription_ReceivesThatInstrumentOnly()
    {
        var publisher = new MarketDataPublisher();
        var second = publisher.Subscribe(instrument: 2);
        publisher.OnEvent(Quote(1, 90, 1));
        publisher.OnEvent(Quote(2, 80, 2));

        var update = Assert.Single(ReadAll(second));
        Assert.Equal(2, update.Event.As<BestBidOfferChanged>().Instrument);
    }

    [Fact]
    public void Host_SubscriberThatNeverReads_DoesNotHoldUpMatchingOrAcknowledgements()
    {
        using var temp = new TempDirectory();
        var publisher = new MarketDataPublisher();
        var idle = publisher.Subscribe(capacity: 8);
        using var host = EngineHost.Start(Options(temp.Path, Matching.Journaling.JournalDurability.Async, publisher));
        Await(host.SubmitAsync(Open(1)));
        CommandOutcome last = default;
        for (int i = 1; i <= 500; i++) last = Await(host.SubmitAsync(Limit(1 + i % 2, i, i % 2 == 0 ? Side.Buy : Side.Sell, 95 + i % 10, 1)));
        host.Stop();

        Assert.True(last.IsAccepted);
        Assert.True(idle.Dropped > 0);
        var buffered = ReadAll(idle);
        Assert.Equal(8, buffered.Count); // what fitted; the rest was dropped, not queued without bound
        Assert.All(buffered, u => Assert.False(u.Conflated));
    }
}
