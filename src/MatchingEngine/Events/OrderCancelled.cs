using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Events;

/// <summary>An order ended before trading its whole quantity, for the reason in <see cref="Code"/> (a 5xx code).</summary>
/// <param name="CancelledQuantity">What was left and is now gone.</param>
public readonly record struct OrderCancelled(
    long Time, int Instrument, long OrderId, int Participant, long ClientOrderId, Side Side, long CancelledQuantity, ResultCode Code);
