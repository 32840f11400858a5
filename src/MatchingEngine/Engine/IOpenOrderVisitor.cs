using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Engine;

/// <summary>
/// Receives a book's open orders in canonical order from <c>MatchingEngine.WalkOpenOrders</c>. A struct visitor
/// is called directly, with the order where it lies in the pool: walking a million orders for a snapshot or the
/// state hash costs no iterator and no copy of each order.
/// </summary>
internal interface IOpenOrderVisitor
{
    void Visit(OrderLocation location, in Order order);
}
