using SocialExchange.Matching.Events;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Bench.Matching;

/// <summary>
/// Event handler of the benchmarks: counts what the setup checks need (trades, rejections, open orders) and remembers
/// the phase, nothing more, so the benchmarks measure the engine. A struct the JIT specialises the engine for.
/// </summary>
public struct BenchmarkHandler : IEngineEventHandler
{
    /// <summary>Orders accepted.</summary>
    public long Accepted;

    /// <summary>Commands rejected: a benchmark must cause none; the setups and cleanups check.</summary>
    public long Rejected;

    /// <summary>The first rejection's code, to say why.</summary>
    public ResultCode FirstRejection;

    /// <summary>Trades executed.</summary>
    public long Trades;

    /// <summary>Every event, of any kind.</summary>
    public long Events;

    /// <summary>The phase the last <see cref="PhaseChanged"/> event entered.</summary>
    public TradingPhase Phase;

    public void OnOrderAccepted(in OrderAccepted e)
    {
        Accepted++;
        Events++;
    }

    public void OnOrderRejected(in OrderRejected e)
    {
        if (Rejected++ == 0) FirstRejection = e.Code;
        Events++;
    }

    public void OnTradeExecuted(in TradeExecuted e)
    {
        Trades++;
        Events++;
    }

    public void OnPhaseChanged(in PhaseChanged e)
    {
        Phase = e.Phase;
        Events++;
    }

    public void OnOrderCancelled(in OrderCancelled e) => Events++;
    public void OnOrderExpired(in OrderExpired e) => Events++;
    public void OnOrderTriggered(in OrderTriggered e) => Events++;
    public void OnOrderAmended(in OrderAmended e) => Events++;
    public void OnPriceLevelChanged(in PriceLevelChanged e) => Events++;
    public void OnBookOrderChanged(in BookOrderChanged e) => Events++;
    public void OnBestBidOfferChanged(in BestBidOfferChanged e) => Events++;
    public void OnAuctionIndicative(in AuctionIndicative e) => Events++;
    public void OnDailyStatistics(in DailyStatistics e) => Events++;
}
