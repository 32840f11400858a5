using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Engine;

/// <summary>Adds open orders to the state hash: every field of the view, and the protection price when the engine keeps accounts.</summary>
internal readonly struct StateHashOrderVisitor(StateHasher hasher, bool withProtectionPrice) : IOpenOrderVisitor
{
    public void Visit(OrderLocation location, in Order order)
    {
        hasher.Add(OpenOrderView.Of(location, in order));
        if (withProtectionPrice) hasher.Add(order.ProtectionPrice);
    }
}
