namespace SocialExchange.Matching.Books;

/// <summary>One price of a ladder: a FIFO of orders (time priority) and its totals.</summary>
internal struct PriceLevel
{
    /// <summary>Pool index of the oldest order, -1 when empty.</summary>
    public int Head;

    /// <summary>Pool index of the newest order, -1 when empty.</summary>
    public int Tail;

    /// <summary>Orders at this price.</summary>
    public int Count;

    /// <summary>Displayed quantity (what level-2 market data shows).</summary>
    public long Visible;

    /// <summary>Hidden iceberg quantity; counts in auctions, not in market data.</summary>
    public long Hidden;
}
