using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>
/// One message of a workload stream: which engine command it is and that command's fields, flat, so a stream is one
/// array of unmanaged structs that the timed loop walks in order without indirection. For an amend,
/// <see cref="Price"/> and <see cref="Quantity"/> are the new price and the new remaining quantity.
/// </summary>
public readonly record struct WorkloadCommand(
    CommandKind Kind,
    long Time,
    int Instrument,
    int Participant,
    long ClientOrderId,
    Side Side,
    OrderType Type,
    TimeInForce TimeInForce,
    long Price,
    long Quantity)
{
    /// <summary>A new order, named by its order number in the stream (see <see cref="Participants"/>).</summary>
    public static WorkloadCommand Place(long time, int instrument, long orderNumber, Side side, OrderType type, TimeInForce timeInForce, long price, long quantity) =>
        new(CommandKind.PlaceOrder, time, instrument, Participants.Of(orderNumber), Participants.ClientOrderIdOf(orderNumber), side, type, timeInForce, price, quantity);

    /// <summary>A cancel of an open order.</summary>
    public static WorkloadCommand Cancel(long time, int instrument, long orderNumber) =>
        new(CommandKind.CancelOrder, time, instrument, Participants.Of(orderNumber), Participants.ClientOrderIdOf(orderNumber), Side.None, 0, 0, 0, 0);

    /// <summary>An amend of an open order to a new price and remaining quantity.</summary>
    public static WorkloadCommand Amend(long time, int instrument, long orderNumber, long newPrice, long newQuantity) =>
        new(CommandKind.AmendOrder, time, instrument, Participants.Of(orderNumber), Participants.ClientOrderIdOf(orderNumber), Side.None, 0, 0, newPrice, newQuantity);
}
