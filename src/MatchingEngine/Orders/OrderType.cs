namespace SocialExchange.Matching.Orders;

/// <summary>How an order's price is set. Icebergs are limit orders with a display quantity; post-only is a flag.</summary>
public enum OrderType : byte
{
    /// <summary>Trades at its limit price or better; the remainder rests (subject to time in force).</summary>
    Limit = 1,

    /// <summary>Trades at any price inside the trade collars; never rests in continuous trading.</summary>
    Market = 2,

    /// <summary>Waits off-book until the last trade price reaches the stop price, then enters as a market order.</summary>
    Stop = 3,

    /// <summary>Waits off-book until the last trade price reaches the stop price, then enters as a limit order.</summary>
    StopLimit = 4,

    /// <summary>Trades at the best opposite price only; the remainder rests as a limit order at that price.</summary>
    MarketToLimit = 5,
}
