namespace SocialExchange.Matching.Hosting;

/// <summary>Which event an <see cref="OutboundEvent"/> carries: one per engine event, plus the host's command completion.</summary>
public enum OutboundEventKind : byte
{
    OrderAccepted = 1,
    OrderRejected = 2,
    OrderCancelled = 3,
    OrderExpired = 4,
    OrderTriggered = 5,
    OrderAmended = 6,
    TradeExecuted = 7,
    PriceLevelChanged = 8,
    BookOrderChanged = 9,
    BestBidOfferChanged = 10,
    PhaseChanged = 11,
    AuctionIndicative = 12,
    DailyStatistics = 13,

    /// <summary>The last event of every command: its outcome, for the acknowledgement (<see cref="CommandCompleted"/>).</summary>
    CommandCompleted = 14,
}
