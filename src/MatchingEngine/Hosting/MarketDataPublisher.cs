namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Fans market data out to subscribers without ever waiting on one: an <see cref="IOutboundSink"/> on the fan-out
/// thread that copies each market event into every interested subscriber's bounded buffer. A subscriber that falls
/// behind is conflated (its missed deltas replaced by the latest state of each instrument, each price level and each
/// order that changed) or disconnected, by its
/// <see cref="LagPolicy"/>; the others, and the engine, do not notice. Acknowledgements do not go through here:
/// the fan-out stage completes callers before any sink runs, so they are never dropped.
/// </summary>
public sealed class MarketDataPublisher : IOutboundSink
{
    private readonly Lock _lock = new();
    private MarketDataSubscription[] _subscriptions = [];

    // Latest state per instrument, kept for conflation: the fan-out thread is its only user.
    private readonly Dictionary<int, OutboundEvent> _bestBidOffer = [];
    private readonly Dictionary<int, OutboundEvent> _statistics = [];
    private readonly Dictionary<int, OutboundEvent> _phase = [];
    private readonly Dictionary<int, OutboundEvent> _indicative = [];
    private readonly Dictionary<int, OutboundEvent>[] _latest;

    /// <summary>A publisher with no subscribers yet.</summary>
    public MarketDataPublisher() => _latest = [_phase, _bestBidOffer, _indicative, _statistics];

    /// <summary>Subscribes to every instrument, or to one.</summary>
    /// <param name="capacity">Buffer size in updates; a subscriber further behind than this lags.</param>
    /// <param name="policy">Conflate or disconnect a lagging subscriber.</param>
    /// <param name="instrument">The one instrument to receive, or null for all.</param>
    public MarketDataSubscription Subscribe(int capacity = 4096, LagPolicy policy = LagPolicy.Conflate, int? instrument = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 4);
        if (!Enum.IsDefined(policy)) throw new ArgumentOutOfRangeException(nameof(policy), $"{policy} is not a lag policy");
        var subscription = new MarketDataSubscription(capacity, policy, instrument);
        lock (_lock) _subscriptions = [.. _subscriptions, subscription];
        return subscription;
    }

    /// <summary>Ends a subscription; its reader completes.</summary>
    public void Unsubscribe(MarketDataSubscription subscription)
    {
        lock (_lock) _subscriptions = [.. _subscriptions.Where(s => s != subscription)];
        subscription.Complete();
    }

    /// <inheritdoc/>
    public void OnEvent(in OutboundEvent e)
    {
        int instrument = InstrumentOf(in e);
        if (instrument < 0) return; // not market data: acknowledgements, private order events
        Remember(instrument, in e);
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (subscription.IsClosed || (subscription.Instrument is { } only && only != instrument)) continue;
            if (subscription.IsLagging && !TryCatchUp(subscription))
            {
                subscription.Miss(instrument, in e);
                continue;
            }
            if (subscription.TryWrite(new MarketDataUpdate(e, Conflated: false))) continue;
            if (subscription.Policy == LagPolicy.Disconnect)
            {
                subscription.Disconnect($"too slow: {subscription.Capacity} market data updates unread (command {e.CommandSequence})");
                continue;
            }
            subscription.Miss(instrument, in e);
        }
    }

    /// <summary>
    /// Sends a lagging subscriber the latest state of what it missed: each stale instrument's phase, best bid and
    /// offer, indicative uncross and statistics, then the latest update of each price level and each order that
    /// changed (a level at quantity zero, an order removed: the subscriber drops them). What fits is sent and
    /// forgotten; when the buffer fills first it returns false and the rest waits for the next chance, so a depth
    /// larger than the buffer still arrives over several reads (a level or order missed again meanwhile is simply
    /// replaced by its newer state). Cold path: it allocates.
    /// </summary>
    private bool TryCatchUp(MarketDataSubscription subscription)
    {
        foreach (int instrument in subscription.Stale.ToList())
        {
            foreach (var latest in _latest)
            {
                // An instrument's state goes whole or again next time (states: a repeat is harmless).
                if (latest.TryGetValue(instrument, out var state) && !subscription.TryWrite(new MarketDataUpdate(state, Conflated: true))) return false;
            }
            subscription.Stale.Remove(instrument);
        }
        foreach (var (key, level) in subscription.StaleLevels.ToList())
        {
            if (!subscription.TryWrite(new MarketDataUpdate(level, Conflated: true))) return false;
            subscription.StaleLevels.Remove(key);
        }
        foreach (var (orderId, order) in subscription.StaleOrders.ToList())
        {
            if (!subscription.TryWrite(new MarketDataUpdate(order, Conflated: true))) return false;
            subscription.StaleOrders.Remove(orderId);
        }
        return true;
    }

    private void Remember(int instrument, in OutboundEvent e)
    {
        switch (e.Kind)
        {
            case OutboundEventKind.BestBidOfferChanged: _bestBidOffer[instrument] = e; break;
            case OutboundEventKind.DailyStatistics: _statistics[instrument] = e; break;
            case OutboundEventKind.PhaseChanged: _phase[instrument] = e; break;
            case OutboundEventKind.AuctionIndicative: _indicative[instrument] = e; break;
        }
    }

    /// <summary>The instrument of a public market event; -1 for events that are not market data.</summary>
    private static int InstrumentOf(in OutboundEvent e) => e.Kind switch
    {
        OutboundEventKind.TradeExecuted => e.As<Events.TradeExecuted>().Instrument,
        OutboundEventKind.PriceLevelChanged => e.As<Events.PriceLevelChanged>().Instrument,
        OutboundEventKind.BookOrderChanged => e.As<Events.BookOrderChanged>().Instrument,
        OutboundEventKind.BestBidOfferChanged => e.As<Events.BestBidOfferChanged>().Instrument,
        OutboundEventKind.PhaseChanged => e.As<Events.PhaseChanged>().Instrument,
        OutboundEventKind.AuctionIndicative => e.As<Events.AuctionIndicative>().Instrument,
        OutboundEventKind.DailyStatistics => e.As<Events.DailyStatistics>().Instrument,
        _ => -1,
    };
}
