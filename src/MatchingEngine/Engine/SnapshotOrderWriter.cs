using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Snapshots;

namespace SocialExchange.Matching.Engine;

/// <summary>Writes open orders into a snapshot body, field by field from the pool (read back by <c>RestoreOrder</c>).</summary>
internal struct SnapshotOrderWriter(SnapshotBodyWriter w) : IOpenOrderVisitor
{
    /// <summary>Orders written; the snapshot checks it against the count it wrote before them.</summary>
    public int Written { get; private set; }

    public void Visit(OrderLocation location, in Order o)
    {
        Written++;
        w.Write((byte)location);
        w.Write((byte)o.Side);
        w.Write(o.OrderId);
        w.Write(o.Participant);
        w.Write(o.ClientOrderId);
        w.Write((byte)o.Type);
        w.Write((byte)o.TimeInForce);
        w.Write((byte)o.Flags);
        w.Write(o.Price);
        w.Write(o.StopPrice);
        w.Write(o.Remaining);
        w.Write(o.Visible);
        w.Write(o.DisplaySize);
        w.Write(o.ExpireTime);
        w.Write(o.ProtectionPrice);
    }
}
