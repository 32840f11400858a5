using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Events;

/// <summary>An order passed validation and entered the engine (resting, waiting for its trigger, or about to trade).</summary>
/// <param name="OrderId">Engine-assigned id, increasing; public market data (L3) names orders by it.</param>
/// <param name="Price">Limit price as entered (after post-only repricing); zero for market and stop orders.</param>
public readonly record struct OrderAccepted(
    long Time, int Instrument, long OrderId, int Participant, long ClientOrderId,
    Side Side, OrderType Type, TimeInForce TimeInForce, long Price, long StopPrice, long Quantity);
