using System.Runtime.CompilerServices;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// The hosted engine's event handler: copies every event into the outbound ring, tagged with the sequence of the
/// command that caused it, and notes the command's own outcome for its acknowledgement. The ring has a single
/// producer (the matching thread), and its readers are fast by contract (see <see cref="IOutboundSink"/>), so a
/// full ring is a short wait, never a stall on a slow subscriber.
/// </summary>
public readonly struct OutboundEventWriter : IEngineEventHandler
{
    private readonly RingBuffer<OutboundEvent> _ring;
    private readonly MatchingContext _context;

    internal OutboundEventWriter(RingBuffer<OutboundEvent> ring, MatchingContext context)
    {
        _ring = ring;
        _context = context;
    }

    public void OnOrderAccepted(in OrderAccepted e)
    {
        _context.Note(in e);
        Publish(OutboundEventKind.OrderAccepted, in e);
    }

    public void OnOrderRejected(in OrderRejected e)
    {
        _context.Note(in e);
        Publish(OutboundEventKind.OrderRejected, in e);
    }

    public void OnOrderCancelled(in OrderCancelled e) => Publish(OutboundEventKind.OrderCancelled, in e);
    public void OnOrderExpired(in OrderExpired e) => Publish(OutboundEventKind.OrderExpired, in e);
    public void OnOrderTriggered(in OrderTriggered e) => Publish(OutboundEventKind.OrderTriggered, in e);
    public void OnOrderAmended(in OrderAmended e) => Publish(OutboundEventKind.OrderAmended, in e);
    public void OnTradeExecuted(in TradeExecuted e) => Publish(OutboundEventKind.TradeExecuted, in e);
    public void OnPriceLevelChanged(in PriceLevelChanged e) => Publish(OutboundEventKind.PriceLevelChanged, in e);
    public void OnBookOrderChanged(in BookOrderChanged e) => Publish(OutboundEventKind.BookOrderChanged, in e);
    public void OnBestBidOfferChanged(in BestBidOfferChanged e) => Publish(OutboundEventKind.BestBidOfferChanged, in e);
    public void OnPhaseChanged(in PhaseChanged e) => Publish(OutboundEventKind.PhaseChanged, in e);
    public void OnAuctionIndicative(in AuctionIndicative e) => Publish(OutboundEventKind.AuctionIndicative, in e);
    public void OnDailyStatistics(in DailyStatistics e) => Publish(OutboundEventKind.DailyStatistics, in e);

    /// <summary>Writes the command's completion, the last event of every command, and publishes the command's events.</summary>
    internal void Complete(in CommandCompleted completion)
    {
        Publish(OutboundEventKind.CommandCompleted, in completion);
        if (_context.Unpublished > 0) PublishClaimed();
    }

    // Events are claimed one by one but published a command at a time: one store to the cursor, the line the
    // fan-out thread polls, instead of one per event (about five per order). A command that emits many events (a
    // mass cancel, an uncross) publishes every PublishEvery, so it never waits on a ring full of its own
    // unpublished events.
    private const int PublishEvery = 64;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Publish<TEvent>(OutboundEventKind kind, in TEvent e) where TEvent : unmanaged
    {
        if (_context.Muted) return;
        long sequence = _ring.Claim();
        _ring[sequence].Put(kind, _context.Sequence, in e);
        _context.LastClaimed = sequence;
        if (++_context.Unpublished >= PublishEvery) PublishClaimed();
    }

    private void PublishClaimed()
    {
        _ring.Publish(_context.LastClaimed);
        _context.Unpublished = 0;
    }
}
