using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Tests.Oracle;

/// <summary>
/// One order of the <see cref="ReferenceEngine"/>: a plain mutable class, found by walking the books, never pooled.
/// </summary>
public sealed class ReferenceOrder
{
    public required long OrderId { get; init; }
    public required long ClientOrderId { get; init; }
    public required int Participant { get; init; }
    public required int Instrument { get; init; }
    public required Side Side { get; init; }
    public required TimeInForce TimeInForce { get; init; }
    public required OrderFlags Flags { get; init; }
    public required long StopPrice { get; init; }
    public required long DisplaySize { get; init; }
    public required long ExpireTime { get; init; }

    /// <summary>Changes once: a triggered stop becomes a market order, a triggered stop-limit a limit order.</summary>
    public required OrderType Type { get; set; }

    public required long Price { get; set; }
    public required long Remaining { get; set; }

    /// <summary>The displayed part of <see cref="Remaining"/>; all of it unless the order is an iceberg.</summary>
    public required long Visible { get; set; }

    /// <summary>Where the order waits; null while it is being matched as an incoming order.</summary>
    public OrderLocation? Location { get; set; }

    public bool IsBuy => Side == Side.Buy;

    public bool IsImmediate => TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill;

    /// <summary>The next display of an iceberg, or the whole remainder of an ordinary order.</summary>
    public long FreshPeak => DisplaySize > 0 ? Math.Min(DisplaySize, Remaining) : Remaining;

    /// <summary>True when this order would accept a trade at <paramref name="price"/> (market orders accept any).</summary>
    public bool AcceptsPrice(long price) => Type == OrderType.Market || (IsBuy ? price <= Price : price >= Price);

    public OpenOrderView View() => new(Location!.Value, Side, OrderId, Participant, ClientOrderId, Type, TimeInForce, Flags,
        Price, StopPrice, Remaining, Visible, DisplaySize, ExpireTime);

    public override string ToString() => $"#{OrderId} P{Participant} c{ClientOrderId} {Side} {Type} {TimeInForce} {Remaining}/{Visible}@{Price}";
}
