using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Results;

namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>
/// A generator's picture of one instrument's book, kept from the engine's events during a generation pass, so the
/// generator can choose each next message from the state the previous ones left: which orders rest and in what
/// order they arrived, their prices and quantities, the best bid and offer, how many price levels are occupied.
/// Indexed by order number (see Participants), which generators hand out densely from 1. Not used in timed runs.
/// </summary>
public sealed class BookMirror
{
    /// <summary>Remaining quantity by order number; zero when the order is not open.</summary>
    private readonly long[] _remaining;

    /// <summary>Limit price by order number (zero for market orders).</summary>
    private readonly long[] _price;

    /// <summary>Side by order number.</summary>
    private readonly Side[] _side;

    /// <summary>Position of an open order in <see cref="_open"/>; meaningless when it is not open.</summary>
    private readonly int[] _openPosition;

    /// <summary>Open order numbers in no particular order, packed at the front: picking one at random is O(1).</summary>
    private readonly long[] _open;

    /// <summary>Open orders per price on each side, indexed by price minus <see cref="_lowestPrice"/>.</summary>
    private readonly int[] _bidsAt;
    private readonly int[] _asksAt;

    /// <summary>Lowest price of the instrument's ladder.</summary>
    private readonly long _lowestPrice;

    /// <summary>Creates an empty mirror for order numbers up to <paramref name="maxOrderNumber"/> and prices in [<paramref name="lowestPrice"/>, <paramref name="highestPrice"/>].</summary>
    public BookMirror(long maxOrderNumber, long lowestPrice, long highestPrice)
    {
        int size = checked((int)maxOrderNumber + 1);
        _remaining = new long[size];
        _price = new long[size];
        _side = new Side[size];
        _openPosition = new int[size];
        _open = new long[size];
        _lowestPrice = lowestPrice;
        _bidsAt = new int[highestPrice - lowestPrice + 1];
        _asksAt = new int[highestPrice - lowestPrice + 1];
    }

    /// <summary>Open orders (resting, once a command has finished).</summary>
    public int OpenCount { get; private set; }

    /// <summary>Prices with at least one open order, both sides together.</summary>
    public int OccupiedLevels { get; private set; }

    /// <summary>Best bid price and the quantity shown there; zero when there are no bids.</summary>
    public long BidPrice { get; private set; }
    public long BidQuantity { get; private set; }

    /// <summary>Best offer price and the quantity shown there; zero when there are no offers.</summary>
    public long AskPrice { get; private set; }
    public long AskQuantity { get; private set; }

    /// <summary>Trades seen.</summary>
    public long Trades { get; private set; }

    /// <summary>Rejections seen: a generator must cause none, so it checks this after every message.</summary>
    public long Rejections { get; private set; }

    /// <summary>The code of the first rejection.</summary>
    public ResultCode FirstRejection { get; private set; }

    /// <summary>Whether <paramref name="orderNumber"/> is open.</summary>
    public bool IsOpen(long orderNumber) => _remaining[orderNumber] > 0;

    /// <summary>The <paramref name="index"/>-th open order (0 to <see cref="OpenCount"/> - 1), in no particular order.</summary>
    public long OpenAt(int index) => _open[index];

    /// <summary>An open order's limit price.</summary>
    public long PriceOf(long orderNumber) => _price[orderNumber];

    /// <summary>An open order's remaining quantity.</summary>
    public long RemainingOf(long orderNumber) => _remaining[orderNumber];

    /// <summary>An open order's side.</summary>
    public Side SideOf(long orderNumber) => _side[orderNumber];

    internal void Accepted(long orderNumber, Side side, long price, long quantity)
    {
        _remaining[orderNumber] = quantity;
        _price[orderNumber] = price;
        _side[orderNumber] = side;
        _openPosition[orderNumber] = OpenCount;
        _open[OpenCount++] = orderNumber;
        AddToLevel(side, price, +1);
    }

    internal void Traded(long buyClientOrderId, long buyLeaves, long sellClientOrderId, long sellLeaves)
    {
        Trades++;
        Leaves(buyClientOrderId, buyLeaves);
        Leaves(sellClientOrderId, sellLeaves);
    }

    private void Leaves(long orderNumber, long leaves)
    {
        if (!IsOpen(orderNumber)) return;
        if (leaves == 0) Ended(orderNumber);
        else _remaining[orderNumber] = leaves;
    }

    internal void Ended(long orderNumber)
    {
        if (!IsOpen(orderNumber)) return;
        AddToLevel(_side[orderNumber], _price[orderNumber], -1);
        _remaining[orderNumber] = 0;
        int position = _openPosition[orderNumber];
        long last = _open[--OpenCount];
        _open[position] = last;
        _openPosition[last] = position;
    }

    internal void Amended(long orderNumber, long price, long quantity)
    {
        if (!IsOpen(orderNumber)) return;
        AddToLevel(_side[orderNumber], _price[orderNumber], -1);
        _price[orderNumber] = price;
        _remaining[orderNumber] = quantity;
        AddToLevel(_side[orderNumber], price, +1);
    }

    internal void BestBidOffer(long bidPrice, long bidQuantity, long askPrice, long askQuantity)
    {
        BidPrice = bidPrice;
        BidQuantity = bidQuantity;
        AskPrice = askPrice;
        AskQuantity = askQuantity;
    }

    internal void Rejected(ResultCode code)
    {
        if (Rejections++ == 0) FirstRejection = code;
    }

    private void AddToLevel(Side side, long price, int delta)
    {
        if (price <= 0) return; // market orders have no level
        var counts = side == Side.Buy ? _bidsAt : _asksAt;
        long index = price - _lowestPrice;
        if ((ulong)index >= (ulong)counts.Length) return;
        int before = counts[index];
        counts[index] = before + delta;
        if (before == 0 && delta > 0) OccupiedLevels++;
        else if (before + delta == 0) OccupiedLevels--;
    }
}
