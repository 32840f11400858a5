namespace SocialExchange.Matching.Instruments;

/// <summary>
/// Tick size by price range, in the style of MiFID II RTS 11 (Delegated Regulation (EU) 2017/588): each row
/// gives the tick from its lower price bound up to the next row's. A liquidity band picks one column of the
/// regulation's table; <see cref="Rts11"/> builds the table for a band.
/// A price is on tick when it is a multiple of the tick of its range (RTS 11 ranges start on multiples of their tick).
/// </summary>
public sealed class TickSizeTable
{
    private readonly long[] _from;
    private readonly long[] _tick;

    /// <summary>Creates a table from rows sorted by ascending lower bound; the first row must start at zero.</summary>
    public TickSizeTable(IReadOnlyList<TickSizeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0 || rows[0].FromPrice != 0)
            throw new ArgumentException("a tick-size table needs rows, and the first must start at price 0", nameof(rows));
        _from = new long[rows.Count];
        _tick = new long[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Tick <= 0)
                throw new ArgumentException($"row {i}: tick must be positive, was {row.Tick}", nameof(rows));
            if (i > 0 && row.FromPrice <= rows[i - 1].FromPrice)
                throw new ArgumentException($"row {i}: lower bounds must ascend ({row.FromPrice} after {rows[i - 1].FromPrice})", nameof(rows));
            if (row.FromPrice % row.Tick != 0)
                throw new ArgumentException($"row {i}: lower bound {row.FromPrice} is not a multiple of its tick {row.Tick}", nameof(rows));
            _from[i] = row.FromPrice;
            _tick[i] = row.Tick;
        }
    }

    /// <summary>A table with one tick for every price.</summary>
    public static TickSizeTable Uniform(long tick) => new([new TickSizeRow(0, tick)]);

    /// <summary>The rows, lowest range first.</summary>
    public IEnumerable<TickSizeRow> Rows => _from.Select((f, i) => new TickSizeRow(f, _tick[i]));

    /// <summary>The tick that applies at <paramref name="price"/>.</summary>
    public long TickAt(long price)
    {
        int i = _from.Length - 1;
        while (i > 0 && _from[i] > price) i--;
        return _tick[i];
    }

    /// <summary>True when <paramref name="price"/> is a multiple of the tick of its range.</summary>
    public bool IsOnTick(long price)
    {
        long tick = TickAt(price);
        return tick == 1 || price % tick == 0; // skip the division for unit ticks, common at fine price scales
    }

    /// <summary>The smallest tick used at any price in [<paramref name="low"/>, <paramref name="high"/>] (bounds the ladder size).</summary>
    public long SmallestTickBetween(long low, long high)
    {
        long smallest = long.MaxValue;
        for (int i = 0; i < _from.Length; i++)
        {
            long rangeEnd = i + 1 < _from.Length ? _from[i + 1] - 1 : long.MaxValue;
            if (rangeEnd >= low && _from[i] <= high) smallest = Math.Min(smallest, _tick[i]);
        }
        return smallest;
    }

    /// <summary>The next price on tick strictly above an on-tick <paramref name="price"/>.</summary>
    /// <remarks>Range bounds are multiples of the finer tick below them, so one step of the current tick never skips a bound.</remarks>
    public long TickUp(long price)
    {
        long tick = TickAt(price);
        return (price / tick + 1) * tick;
    }

    /// <summary>The next price on tick strictly below an on-tick <paramref name="price"/> (zero when there is none).</summary>
    public long TickDown(long price)
    {
        long below = price - 1;
        if (below <= 0) return 0;
        long tick = TickAt(below);
        return below / tick * tick;
    }

    /// <summary>
    /// The RTS 11 Annex table for liquidity band 1 to 6 at a price scale of <paramref name="priceScale"/> decimals
    /// (one euro is 10^priceScale units). Ticks finer than one unit are raised to one unit.
    /// Source: Delegated Regulation (EU) 2017/588, Annex, as reproduced in the domain brief (section 5.4).
    /// </summary>
    /// <remarks>
    /// The Annex is a shifted 1-2-5 series: band 1 starts at 0.0005 for [0, 0.1) and each price range up takes the
    /// next value of the series; band b uses the value b - 1 steps lower, never below 0.0001.
    /// </remarks>
    public static TickSizeTable Rts11(int liquidityBand, int priceScale)
    {
        if (liquidityBand is < 1 or > 6) throw new ArgumentOutOfRangeException(nameof(liquidityBand), liquidityBand, "liquidity band is 1 to 6");
        if (priceScale is < 0 or > 8) throw new ArgumentOutOfRangeException(nameof(priceScale), priceScale, "price scale is 0 to 8 decimals");
        // Lower bounds of the Annex's price ranges, in units of 0.0001 euro.
        ReadOnlySpan<long> boundsE4 = [0, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000,
            1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000, 100_000_000, 200_000_000, 500_000_000];
        long scale = 1;
        for (int i = 0; i < priceScale; i++) scale *= 10;
        var rows = new List<TickSizeRow>();
        for (int range = 0; range < boundsE4.Length; range++)
        {
            // Series position 2 is 0.0005 (the band-1 tick of the first range); position 0 is 0.0001, the floor.
            int position = range + 2 - (liquidityBand - 1);
            long tickE4 = OneTwoFive(Math.Max(0, position));
            long tick = Math.Max(1, tickE4 * scale / 10_000);
            long from = boundsE4[range] * scale / 10_000;
            if (rows.Count > 0 && rows[^1].Tick == tick) continue; // same tick as the range below: one row
            if (from % tick != 0) from = (from / tick + 1) * tick;
            rows.Add(new TickSizeRow(rows.Count == 0 ? 0 : from, tick));
        }
        return new TickSizeTable(rows);
    }

    /// <summary>The 1-2-5 series 1, 2, 5, 10, 20, 50, ... at <paramref name="position"/>.</summary>
    private static long OneTwoFive(int position)
    {
        long decade = 1;
        for (int i = 0; i < position / 3; i++) decade *= 10;
        return (position % 3) switch { 0 => 1, 1 => 2, _ => 5 } * decade;
    }
}
