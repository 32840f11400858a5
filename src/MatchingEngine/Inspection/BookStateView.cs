using SocialExchange.Matching.Auctions;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Inspection;

/// <summary>
/// A read-only copy of one instrument's state apart from its orders: phase, timers, references, the day's
/// statistics and what was last published. Together with the open orders it is everything the state hash covers.
/// </summary>
public readonly record struct BookStateView(
    int Instrument, TradingPhase Phase, long PhaseEndTime, long NextScheduledTime, long StaticReference, long LastPrice,
    long Open, long High, long Low, long Volume, long TradeCount, Int128 Turnover,
    long PublishedBidPrice, long PublishedBidQuantity, long PublishedAskPrice, long PublishedAskQuantity, AuctionResult PublishedIndicative)
{
    /// <summary>Adds this view to a hasher, field by field, in a fixed order.</summary>
    public void AddTo(StateHasher hasher)
    {
        hasher.Add(Instrument);
        hasher.Add((long)Phase);
        hasher.Add(PhaseEndTime);
        hasher.Add(NextScheduledTime);
        hasher.Add(StaticReference);
        hasher.Add(LastPrice);
        hasher.Add(Open);
        hasher.Add(High);
        hasher.Add(Low);
        hasher.Add(Volume);
        hasher.Add(TradeCount);
        hasher.Add((long)(ulong)Turnover);
        hasher.Add((long)(ulong)(Turnover >> 64));
        hasher.Add(PublishedBidPrice);
        hasher.Add(PublishedBidQuantity);
        hasher.Add(PublishedAskPrice);
        hasher.Add(PublishedAskQuantity);
        hasher.Add(PublishedIndicative.Price);
        hasher.Add(PublishedIndicative.Volume);
        hasher.Add(PublishedIndicative.Imbalance);
    }
}
