namespace SocialExchange.Matching.Hosting;

/// <summary>
/// One item of a market data feed: an outbound event, or, after the subscriber lagged, the latest state of an
/// instrument in place of the deltas it missed (<see cref="Conflated"/>).
/// </summary>
/// <param name="Event">The event; <see cref="OutboundEvent.Kind"/> says which.</param>
/// <param name="Conflated">True when it stands for everything the subscriber missed for that instrument.</param>
public readonly record struct MarketDataUpdate(OutboundEvent Event, bool Conflated);
