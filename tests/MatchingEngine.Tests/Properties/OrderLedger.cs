using SocialExchange.Matching.Events;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Tests.Properties;

/// <summary>
/// Follows every order through the event stream alone (accepted, traded, amended, triggered, cancelled, expired) and
/// reports events that contradict what came before: a fill or cancel larger than what is left, leaves that disagree,
/// an event for an order that already ended, a trade through an order's limit.
/// </summary>
public sealed class OrderLedger
{
    private readonly Dictionary<long, LedgerEntry> _orders = [];

    public LedgerEntry? this[long orderId] => _orders.GetValueOrDefault(orderId);

    /// <summary>Applies one event; returns the property it breaks, if any, as (property, detail).</summary>
    public (string Property, string Detail)? Apply(object e)
    {
        switch (e)
        {
            case OrderAccepted a:
                if (!_orders.TryAdd(a.OrderId, new LedgerEntry
                    {
                        OrderId = a.OrderId, Side = a.Side, TimeInForce = a.TimeInForce, Accepted = a.Quantity, Type = a.Type, Price = a.Price,
                    }))
                    return ("order ids are unique", $"order {a.OrderId} accepted twice");
                return null;
            case TradeExecuted t:
                return Fill(t, _orders[t.BuyOrderId], t.BuyLeaves) ?? Fill(t, _orders[t.SellOrderId], t.SellLeaves);
            case OrderAmended m:
            {
                var order = _orders[m.OrderId];
                if (order.HasEnded) return ("no events after an order ends", $"{m} after the order ended");
                order.Amended += m.Quantity - order.Remaining;
                order.Price = m.Price;
                return null;
            }
            case OrderTriggered g:
            {
                var order = _orders[g.OrderId];
                order.Type = order.Type == OrderType.Stop ? OrderType.Market : OrderType.Limit;
                return null;
            }
            case OrderCancelled c:
                return End(_orders[c.OrderId], c.CancelledQuantity, e);
            case OrderExpired x:
                return End(_orders[x.OrderId], x.ExpiredQuantity, e);
            default:
                return null;
        }
    }

    private static (string, string)? Fill(TradeExecuted t, LedgerEntry order, long leaves)
    {
        if (order.HasEnded) return ("no events after an order ends", $"{t} after order {order.OrderId} ended");
        order.Traded += t.Quantity;
        if (t.Quantity <= 0 || order.Remaining < 0) return ("fills never exceed what is left", $"{t}: order {order.OrderId} now has {order.Remaining}");
        if (order.Remaining != leaves) return ("trade leaves match what is left", $"{t}: order {order.OrderId} has {order.Remaining} left by the events");
        bool through = order.HasLimit && (order.Side == Side.Buy ? t.Price > order.Price : t.Price < order.Price);
        if (through) return ("no trade through a limit", $"{t}: order {order.OrderId} is limited at {order.Price}");
        // A filled order is finished: nothing may happen to it afterwards.
        order.HasEnded = order.Remaining == 0;
        return null;
    }

    private static (string, string)? End(LedgerEntry order, long quantity, object e)
    {
        if (order.HasEnded) return ("no events after an order ends", $"{e} after the order ended");
        if (quantity != order.Remaining || quantity <= 0) return ("an order ends with exactly what it has left", $"{e}: the events leave {order.Remaining}");
        order.Ended += quantity;
        order.HasEnded = true;
        return null;
    }
}
