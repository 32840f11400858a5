using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Events;

/// <summary>A stop order's trigger was reached by the last trade price; it now enters the book as a market or limit order.</summary>
public readonly record struct OrderTriggered(
    long Time, int Instrument, long OrderId, int Participant, long ClientOrderId, Side Side, long StopPrice, long LastTradePrice);
