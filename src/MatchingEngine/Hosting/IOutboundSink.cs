namespace SocialExchange.Matching.Hosting;

/// <summary>
/// A reader of the outbound events (market data publisher, statistics, recorder), called on the fan-out thread
/// for every event whose command is durable, in order. It must be fast and must not block: it holds up every
/// other reader and, once the ring is full, the matching thread. Anything slow (a network peer, a file) belongs
/// behind a bounded buffer of the sink's own, conflated or cut off when it fills, as
/// <see cref="MarketDataPublisher"/> does.
/// </summary>
public interface IOutboundSink
{
    /// <summary>One event; <see cref="OutboundEvent.Kind"/> says which. The reference is valid during the call only.</summary>
    void OnEvent(in OutboundEvent e);
}
