using SocialExchange.Matching.Events;
using SocialExchange.Matching.Results;

namespace SocialExchange.Bench.Workloads.Running;

/// <summary>
/// Event handler for timed runs: counts each kind of event and does nothing else, so the run measures the engine,
/// not the consumer. A struct the engine stores by value and the JIT specialises for; it allocates nothing.
/// <para>
/// <typeparamref name="TCopy"/> only selects a copy of the engine's code: the JIT compiles
/// <c>MatchingEngine&lt;CountingHandler&lt;X&gt;&gt;</c> separately for each struct X, with its own tiering and its
/// own profile (dynamic PGO). Runs without accounts use <see cref="WithoutAccountsCode"/>, runs with accounts
/// <see cref="WithAccountsCode"/>, so that when <c>--compare-accounts</c> runs both in one process, neither is
/// measured with code optimised for the other's branches (as separate processes would not be either).
/// </para>
/// </summary>
public struct CountingHandler<TCopy> : IEngineEventHandler
    where TCopy : struct
{
    /// <summary><see cref="OrderAccepted"/> events.</summary>
    public long Accepted;

    /// <summary><see cref="OrderRejected"/> events: a workload should cause none.</summary>
    public long Rejected;

    /// <summary>The code of the first rejection, to say why when there are any.</summary>
    public ResultCode FirstRejection;

    /// <summary><see cref="OrderCancelled"/> events (cancels, IOC and market remainders).</summary>
    public long Cancelled;

    /// <summary><see cref="OrderExpired"/> events.</summary>
    public long Expired;

    /// <summary><see cref="OrderTriggered"/> events.</summary>
    public long Triggered;

    /// <summary><see cref="OrderAmended"/> events.</summary>
    public long Amended;

    /// <summary><see cref="TradeExecuted"/> events: one per match of an incoming order with one resting order.</summary>
    public long Trades;

    /// <summary><see cref="PriceLevelChanged"/> events (market data level 2).</summary>
    public long PriceLevelChanges;

    /// <summary><see cref="BookOrderChanged"/> events (market data level 3).</summary>
    public long BookOrderChanges;

    /// <summary><see cref="BestBidOfferChanged"/> events (market data level 1).</summary>
    public long BestBidOfferChanges;

    /// <summary><see cref="PhaseChanged"/> events.</summary>
    public long PhaseChanges;

    /// <summary><see cref="AuctionIndicative"/> events.</summary>
    public long AuctionIndicatives;

    /// <summary><see cref="DailyStatistics"/> events.</summary>
    public long DailyStatistics;

    /// <summary>All events together.</summary>
    public readonly long Total =>
        Accepted + Rejected + Cancelled + Expired + Triggered + Amended + Trades + PriceLevelChanges + BookOrderChanges
        + BestBidOfferChanges + PhaseChanges + AuctionIndicatives + DailyStatistics;

    /// <summary>The counts by event name, for reports.</summary>
    public readonly SortedDictionary<string, long> ByKind() => new(StringComparer.Ordinal)
    {
        ["order_accepted"] = Accepted,
        ["order_rejected"] = Rejected,
        ["order_cancelled"] = Cancelled,
        ["order_expired"] = Expired,
        ["order_triggered"] = Triggered,
        ["order_amended"] = Amended,
        ["trade_executed"] = Trades,
        ["price_level_changed"] = PriceLevelChanges,
        ["book_order_changed"] = BookOrderChanges,
        ["best_bid_offer_changed"] = BestBidOfferChanges,
        ["phase_changed"] = PhaseChanges,
        ["auction_indicative"] = AuctionIndicatives,
        ["daily_statistics"] = DailyStatistics,
    };

    public void OnOrderAccepted(in OrderAccepted e) => Accepted++;

    public void OnOrderRejected(in OrderRejected e)
    {
        if (Rejected++ == 0) FirstRejection = e.Code;
    }

    public void OnOrderCancelled(in OrderCancelled e) => Cancelled++;
    public void OnOrderExpired(in OrderExpired e) => Expired++;
    public void OnOrderTriggered(in OrderTriggered e) => Triggered++;
    public void OnOrderAmended(in OrderAmended e) => Amended++;
    public void OnTradeExecuted(in TradeExecuted e) => Trades++;
    public void OnPriceLevelChanged(in PriceLevelChanged e) => PriceLevelChanges++;
    public void OnBookOrderChanged(in BookOrderChanged e) => BookOrderChanges++;
    public void OnBestBidOfferChanged(in BestBidOfferChanged e) => BestBidOfferChanges++;
    public void OnPhaseChanged(in PhaseChanged e) => PhaseChanges++;
    public void OnAuctionIndicative(in AuctionIndicative e) => AuctionIndicatives++;
    public void OnDailyStatistics(in DailyStatistics e) => DailyStatistics++;
}
