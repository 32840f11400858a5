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

    /// <summary>
    /// The events delivered so far are all there is for now: the fan-out has come to the end of what it can
    /// release and will next wait (for new events, or for the journal to make the next command durable). Called
    /// after every batch, so a sink can do once per batch what need not be done per event (flush a buffer, read
    /// a clock) without ever holding an event back while the fan-out waits. Nothing to do by default.
    /// </summary>
    void OnEndOfBatch() { }
}
