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
        Assert.All(after, u => Assert.True(u.Conflated));
        Assert.Equal(100, after[0].Event.As<BestBidOfferChanged>().BidPrice); // the latest quote, not the ones in between
        Assert.Equal([93L, 94L, 95L], after.Skip(1).Select(u => u.Event.As<PriceLevelChanged>().Price)); // missed levels, as many as fit
    }

    [Fact]
    public void OnEvent_SlowConflatingSubscriber_DepthLargerThanItsBuffer_ConvergesToTheMarketsBook()
    {
        var publisher = new MarketDataPublisher();
        var slow = publisher.Subscribe(capacity: 4, LagPolicy.Conflate);
        var fast = publisher.Subscribe(capacity: 100_000);
        var slowBook = new Dictionary<long, long>();
        var fastBook = new Dictionary<long, long>();
        void Apply(Dictionary<long, long> book, IEnumerable<MarketDataUpdate> updates)
        {
            foreach (var u in updates.Where(u => u.Event.Kind == OutboundEventKind.PriceLevelChanged))
            {
                var level = u.Event.As<PriceLevelChanged>();
                if (level.Quantity == 0) book.Remove(level.Price); else book[level.Price] = level.Quantity;
            }
        }
        OutboundEvent LevelOf(long price, long quantity, long sequence)
        {
            var e = new OutboundEvent();
            e.Put(OutboundEventKind.PriceLevelChanged, sequence, new PriceLevelChanged(sequence, 1, Side.Buy, price, quantity, quantity == 0 ? 0 : 1));
            return e;
        }

        // Thirty levels appear, some change, ten empty again, while the slow reader reads nothing.
        long sequence = 0;
        for (int p = 1; p <= 30; p++) publisher.OnEvent(LevelOf(100 + p, p, ++sequence));
        for (int p = 1; p <= 30; p += 3) publisher.OnEvent(LevelOf(100 + p, 0, ++sequence));
        for (int p = 2; p <= 30; p += 3) publisher.OnEvent(LevelOf(100 + p, 1000 + p, ++sequence));
        Assert.True(slow.Dropped > 0);

        // It reads a buffer's worth at a time; each new market event lets the publisher send more of what it missed.
        for (int round = 0; round < 40; round++)
        {
            Apply(slowBook, ReadAll(slow));
            publisher.OnEvent(LevelOf(500, round + 1, ++sequence));
        }
        Apply(slowBook, ReadAll(slow));
        Apply(fastBook, ReadAll(fast));

        Assert.Equal(fastBook.OrderBy(l => l.Key), slowBook.OrderBy(l => l.Key));
        Assert.Equal(20 + 1, fastBook.Count);
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
