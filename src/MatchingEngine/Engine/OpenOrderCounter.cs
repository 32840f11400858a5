using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Engine;

/// <summary>Counts open orders (a snapshot writes the count of a book's orders before them).</summary>
internal struct OpenOrderCounter : IOpenOrderVisitor
{
    public int Count;

    public void Visit(OrderLocation location, in Order order) => Count++;
}
