namespace SocialExchange.Matching.Orders;

/// <summary>
/// One order's mutable state in the shared <see cref="OrderPool"/>. A struct in one array for every instrument,
/// addressed by index, so the matching path touches no object headers and allocates nothing. Orders at one price
/// level (or in a market queue) form a doubly linked list through <see cref="Prev"/> and <see cref="Next"/>.
/// </summary>
internal struct Order
{
    /// <summary>Engine-assigned id, unique and increasing.</summary>
    public long OrderId;

    /// <summary>The participant's id for the order.</summary>
    public long ClientOrderId;

    /// <summary>Limit price; zero for market orders and untriggered stop orders.</summary>
    public long Price;

    /// <summary>
    /// The worst price the order may trade at: its limit price; for a market (or stop) buy the bound its cash was
    /// reserved at when the engine keeps accounts, else <see cref="long.MaxValue"/>; zero for a market sell.
    /// </summary>
    public long ProtectionPrice;

    /// <summary>Trigger price for stop orders.</summary>
    public long StopPrice;

    /// <summary>Quantity not yet traded, displayed and hidden together.</summary>
    public long Remaining;

    /// <summary>Displayed part of <see cref="Remaining"/> (all of it unless iceberg).</summary>
    public long Visible;

    /// <summary>Iceberg peak size; zero for a fully displayed order.</summary>
    public long DisplaySize;

    /// <summary>Good-till-date expiry time; zero otherwise.</summary>
    public long ExpireTime;

    /// <summary>Owner.</summary>
    public int Participant;

    /// <summary>Instrument id.</summary>
    public int Instrument;

    /// <summary>Previous order in the level or queue; -1 at the head. Also the free-list link when free.</summary>
    public int Prev;

    /// <summary>Next order in the level or queue; -1 at the tail.</summary>
    public int Next;

    public Side Side;
    public OrderType Type;
    public TimeInForce TimeInForce;
    public OrderFlags Flags;
    public OrderState State;

    /// <summary>Hidden part of an iceberg.</summary>
    public readonly long Hidden => Remaining - Visible;
}
