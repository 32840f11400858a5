namespace SocialExchange.Matching.Phases;

/// <summary>
/// The trading phase of one instrument. Call phases collect orders without matching and publish an indicative
/// uncross; uncross phases are transient (entered and left within one command, visible in the event stream).
/// </summary>
public enum TradingPhase : byte
{
    /// <summary>No trading day in progress: orders are rejected, cancels accepted.</summary>
    Closed = 0,

    /// <summary>Opening call: orders collected, indicative price, volume and imbalance published after each change.</summary>
    PreOpen = 1,

    /// <summary>Transient: the opening auction is executing.</summary>
    OpeningUncross = 2,

    /// <summary>Continuous matching by price-time priority.</summary>
    Continuous = 3,

    /// <summary>Call phase started by a price-control breach; ends with an uncross back into continuous trading.</summary>
    VolatilityAuction = 4,

    /// <summary>Closing call: orders collected for the closing auction.</summary>
    PreCloseCall = 5,

    /// <summary>Transient: the closing auction is executing.</summary>
    ClosingUncross = 6,

    /// <summary>After the close: orders rejected, cancels accepted, until the day ends.</summary>
    PostClose = 7,

    /// <summary>Trading suspended by command: orders rejected, cancels accepted.</summary>
    Halted = 8,

    /// <summary>Call phase of the periodic-auction and frequent-batch models: orders collected for the next uncross.</summary>
    CallAuction = 9,

    /// <summary>Transient: an intraday call is executing (volatility auction, periodic or batch auction).</summary>
    CallUncross = 10,
}
