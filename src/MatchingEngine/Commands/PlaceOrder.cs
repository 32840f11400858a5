using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Commands;

/// <summary>Enter a new order. <see cref="ClientOrderId"/> names it for later cancels and amends by the same participant.</summary>
/// <param name="Time">Engine time of the command, nanoseconds; never earlier than the previous command's.</param>
/// <param name="Instrument">Instrument id.</param>
/// <param name="Participant">Owner, 1 to 2^23 - 1.</param>
/// <param name="ClientOrderId">The participant's id for the order, 1 to 2^40 - 1, unique among its open orders.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Type">Limit, market, stop, stop-limit or market-to-limit.</param>
/// <param name="TimeInForce">How long the order stays eligible.</param>
/// <param name="Price">Limit price for limit and stop-limit orders; zero otherwise.</param>
/// <param name="Quantity">Total quantity, a positive multiple of the lot size.</param>
public readonly record struct PlaceOrder(
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
    /// <summary>Trigger price for stop and stop-limit orders (last trade price at or through it); zero otherwise.</summary>
    public long StopPrice { get; init; }

    /// <summary>Iceberg peak: the quantity shown in the book at a time; zero for a fully displayed order.</summary>
    public long DisplayQuantity { get; init; }

    /// <summary>Expiry time for good-till-date orders; zero otherwise.</summary>
    public long ExpireTime { get; init; }

    /// <summary>Post-only and its repricing variant.</summary>
    public OrderFlags Flags { get; init; }
}
