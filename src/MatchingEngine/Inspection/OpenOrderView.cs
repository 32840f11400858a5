using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Inspection;

/// <summary>A read-only copy of one open order, for tests, tools and snapshots; not used on the matching path.</summary>
public readonly record struct OpenOrderView(
    OrderLocation Location, Side Side, long OrderId, int Participant, long ClientOrderId, OrderType Type, TimeInForce TimeInForce,
    OrderFlags Flags, long Price, long StopPrice, long Remaining, long Visible, long DisplaySize, long ExpireTime)
{
    /// <summary>The worst price the order may trade at (its limit, or a market buy's protection bound; see the engine's accounts).</summary>
    public long ProtectionPrice { get; init; }
}
