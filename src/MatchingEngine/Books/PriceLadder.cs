using System.Numerics;
using System.Runtime.CompilerServices;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Books;

/// <summary>
/// One side of a book as an array of price levels, one per ladder step between the instrument's lowest and highest
/// allowed price (its price band, which the static collar keeps orders inside). Array indexing makes finding a level
/// O(1); a bitmap of occupied levels makes finding the next best level a few word scans instead of a walk over
/// empty prices. Index 0 is the lowest price on both sides; "better" means higher for bids and lower for asks.
/// </summary>
internal sealed class PriceLadder
{
    private readonly PriceLevel[] _levels;
    private readonly ulong[] _occupied;

    /// <summary>Creates an empty ladder of <paramref name="size"/> levels from <paramref name="lowestPrice"/> in steps of <paramref name="step"/>.</summary>
    public PriceLadder(Side side, long lowestPrice, long step, int size)
    {
        Side = side;
        LowestPrice = lowestPrice;
        Step = step;
        Size = size;
        _levels = new PriceLevel[size];
        for (int i = 0; i < size; i++) _levels[i] = new PriceLevel { Head = -1, Tail = -1 };
        _occupied = new ulong[(size + 63) >> 6];
        BestIndex = -1;
    }

    /// <summary>Buy ladder or sell ladder.</summary>
    public Side Side { get; }

    /// <summary>Price of level 0.</summary>
    public long LowestPrice { get; }

    /// <summary>Price difference between neighbouring levels: the greatest common divisor of the ticks in the band.</summary>
    public long Step { get; }

    /// <summary>Number of levels.</summary>
    public int Size { get; }

    /// <summary>Index of the best non-empty level, -1 when the side is empty.</summary>
    public int BestIndex { get; private set; }

    /// <summary>Number of non-empty levels.</summary>
    public int LevelCount { get; private set; }

    /// <summary>Best price, zero when empty.</summary>
    public long BestPrice => BestIndex < 0 ? 0 : PriceAt(BestIndex);

    /// <summary>True when <paramref name="price"/> lies on the ladder (in the band and on its step grid).</summary>
    public bool Contains(long price)
    {
        long offset = price - LowestPrice;
        if (offset < 0) return false;
        return Step == 1 ? offset < Size : offset % Step == 0 && offset / Step < Size;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(long price) => Step == 1 ? (int)(price - LowestPrice) : (int)((price - LowestPrice) / Step);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long PriceAt(int index) => LowestPrice + index * Step;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref PriceLevel Level(int index) => ref _levels[index];

    /// <summary>True when <paramref name="index"/> is better than <paramref name="than"/> for this side.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsBetter(int index, int than) => Side == Side.Buy ? index > than : index < than;

    /// <summary>Appends order <paramref name="orderIndex"/> at the back of the level for its price (time priority).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(OrderPool pool, int orderIndex, int levelIndex)
    {
        ref var order = ref pool[orderIndex];
        ref var level = ref _levels[levelIndex];
        order.Prev = level.Tail;
        order.Next = -1;
        order.State = OrderState.Resting;
        if (level.Tail >= 0) pool[level.Tail].Next = orderIndex;
        else
        {
            level.Head = orderIndex;
            MarkOccupied(levelIndex);
        }
        level.Tail = orderIndex;
        level.Count++;
        level.Visible += order.Visible;
        level.Hidden += order.Remaining - order.Visible;
    }

    /// <summary>Takes order <paramref name="orderIndex"/> out of its level, subtracting its current quantities.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Unlink(OrderPool pool, int orderIndex, int levelIndex)
    {
        ref var order = ref pool[orderIndex];
        ref var level = ref _levels[levelIndex];
        if (order.Prev >= 0) pool[order.Prev].Next = order.Next; else level.Head = order.Next;
        if (order.Next >= 0) pool[order.Next].Prev = order.Prev; else level.Tail = order.Prev;
        order.Prev = -1;
        order.Next = -1;
        level.Count--;
        level.Visible -= order.Visible;
        level.Hidden -= order.Remaining - order.Visible;
        if (level.Count == 0) MarkEmpty(levelIndex);
    }

    /// <summary>The next non-empty level worse than <paramref name="index"/>, or -1.</summary>
    public int NextWorse(int index) => Side == Side.Buy ? HighestOccupiedBelow(index) : LowestOccupiedAbove(index);

    /// <summary>The worst non-empty level, or -1.</summary>
    public int WorstIndex => Side == Side.Buy ? LowestOccupiedAbove(-1) : HighestOccupiedBelow(Size);

    private void MarkOccupied(int index)
    {
        _occupied[index >> 6] |= 1UL << (index & 63);
        LevelCount++;
        if (BestIndex < 0 || IsBetter(index, BestIndex)) BestIndex = index;
    }

    private void MarkEmpty(int index)
    {
        _occupied[index >> 6] &= ~(1UL << (index & 63));
        LevelCount--;
        if (index == BestIndex) BestIndex = LevelCount == 0 ? -1 : NextWorse(index);
    }

    /// <summary>Highest occupied index strictly below <paramref name="index"/>, or -1.</summary>
    private int HighestOccupiedBelow(int index)
    {
        if (index <= 0) return -1;
        int bit = index - 1;
        int word = bit >> 6;
        ulong bits = _occupied[word] & (ulong.MaxValue >> (63 - (bit & 63)));
        while (true)
        {
            if (bits != 0) return (word << 6) + 63 - BitOperations.LeadingZeroCount(bits);
            if (--word < 0) return -1;
            bits = _occupied[word];
        }
    }

    /// <summary>Lowest occupied index strictly above <paramref name="index"/>, or -1.</summary>
    private int LowestOccupiedAbove(int index)
    {
        int bit = index + 1;
        if (bit >= Size) return -1;
        int word = bit >> 6;
        ulong bits = _occupied[word] & (ulong.MaxValue << (bit & 63));
        while (true)
        {
            if (bits != 0) return (word << 6) + BitOperations.TrailingZeroCount(bits);
            if (++word >= _occupied.Length) return -1;
            bits = _occupied[word];
        }
    }

    /// <summary>True when the occupancy bit of <paramref name="index"/> is set (for validation).</summary>
    public bool IsOccupied(int index) => (_occupied[index >> 6] & (1UL << (index & 63))) != 0;
}
