using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Inspection;

/// <summary>A read-only copy of one open order, for tests, tools and snapshots; not used on the matching path.</summary>
public readonly record struct OpenOrderView(
    OrderLocation Location, Side Side, long OrderId, int Participant, long ClientOrderId, OrderType Type, TimeInForce TimeInForce,
    OrderFlags Flags, long Price, long StopPrice, long Remaining, long Visible, long DisplaySize, long ExpireTime)
{
    /// <summary>The worst price the order may trade at (its limit, or a market buy's protection bound; see the engine's accounts).</summary>
    public long ProtectionPrice { get; init; }

    /// <summary>A copy of the order where it lies in the pool.</summary>
    internal static OpenOrderView Of(OrderLocation location, in Order o) =>
        new(location, o.Side, o.OrderId, o.Participant, o.ClientOrderId, o.Type, o.TimeInForce, o.Flags,
            o.Price, o.StopPrice, o.Remaining, o.Visible, o.DisplaySize, o.ExpireTime) { ProtectionPrice = o.ProtectionPrice };
}
