using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Tests.Properties;

/// <summary>What the event stream says about one accepted order: its quantities so far and the limit it trades under.</summary>
public sealed class LedgerEntry
{
    public required long OrderId { get; init; }
    public required Side Side { get; init; }
    public required TimeInForce TimeInForce { get; init; }
    public required long Accepted { get; init; }

    /// <summary>Market after a stop triggers; limit after a stop-limit triggers.</summary>
    public required OrderType Type { get; set; }

    /// <summary>The limit price (zero for market and stop orders); amendments change it.</summary>
    public required long Price { get; set; }

    /// <summary>Net quantity added (positive) or taken away (negative) by <c>OrderAmended</c>, including self-trade decrements.</summary>
    public long Amended { get; set; }

    public long Traded { get; set; }

    /// <summary>Quantity cancelled or expired.</summary>
    public long Ended { get; set; }

    public bool HasEnded { get; set; }

    /// <summary>What the events say is left: accepted + amended - traded - ended.</summary>
    public long Remaining => Accepted + Amended - Traded - Ended;

    /// <summary>Market orders (and triggered stops) trade at any price; every other order has a limit.</summary>
    public bool HasLimit => Type is not (OrderType.Market or OrderType.Stop);

    public bool IsAtAuction => TimeInForce is TimeInForce.AtTheOpen or TimeInForce.AtTheClose;
}
