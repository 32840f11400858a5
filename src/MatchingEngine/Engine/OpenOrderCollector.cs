using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Engine;

/// <summary>Copies open orders into a list of views, for inspection and the consistency checks.</summary>
internal readonly struct OpenOrderCollector(List<OpenOrderView> orders) : IOpenOrderVisitor
{
    public List<OpenOrderView> Orders => orders;

    public void Visit(OrderLocation location, in Order order) => orders.Add(OpenOrderView.Of(location, in order));
}
