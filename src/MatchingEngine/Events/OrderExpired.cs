using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Events;

/// <summary>An order reached the end of its time in force: end of day, its expiry time, or the end of its auction.</summary>
public readonly record struct OrderExpired(
    long Time, int Instrument, long OrderId, int Participant, long ClientOrderId, Side Side, long ExpiredQuantity, ResultCode Code);
