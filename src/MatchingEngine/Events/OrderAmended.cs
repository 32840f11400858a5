using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Events;

/// <summary>An order's price or remaining quantity changed by command.</summary>
/// <param name="KeptPriority">True when the order kept its place in the queue (same price, smaller quantity).</param>
public readonly record struct OrderAmended(
    long Time, int Instrument, long OrderId, int Participant, long ClientOrderId, Side Side, long Price, long Quantity, bool KeptPriority);
