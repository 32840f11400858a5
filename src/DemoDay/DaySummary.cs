using SocialExchange.Matching.Events;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.DemoDay;

/// <summary>Listens to the engine for the demo and keeps what the end-of-day summary shows.</summary>
internal sealed class DaySummary : IEngineEventHandler
{
    public sealed class InstrumentDay
    {
        public List<(long Time, TradingPhase Phase)> Phases { get; } = [];
        public long Accepted, Trades, AuctionTrades, Cancelled, Expired, Rejected;
        public DailyStatistics? Statistics;
    }

    public Dictionary<int, InstrumentDay> Instruments { get; } = [];
    public SortedDictionary<ResultCode, long> Rejections { get; } = [];
    public SortedDictionary<ResultCode, long> Endings { get; } = [];
    public long Events;

    private InstrumentDay Of(int instrument)
    {
        if (!Instruments.TryGetValue(instrument, out var day)) Instruments[instrument] = day = new InstrumentDay();
        return day;
    }

    public void OnOrderAccepted(in OrderAccepted e) { Events++; Of(e.Instrument).Accepted++; }
    public void OnOrderRejected(in OrderRejected e)
    {
        Events++;
        Of(e.Instrument).Rejected++;
        Rejections[e.Code] = Rejections.GetValueOrDefault(e.Code) + 1;
    }
    public void OnOrderCancelled(in OrderCancelled e)
    {
        Events++;
        Of(e.Instrument).Cancelled++;
        Endings[e.Code] = Endings.GetValueOrDefault(e.Code) + 1;
    }
    public void OnOrderExpired(in OrderExpired e)
    {
        Events++;
        Of(e.Instrument).Expired++;
        Endings[e.Code] = Endings.GetValueOrDefault(e.Code) + 1;
    }
    public void OnOrderTriggered(in OrderTriggered e) => Events++;
    public void OnOrderAmended(in OrderAmended e) => Events++;
    public void OnTradeExecuted(in TradeExecuted e)
    {
        Events++;
        var day = Of(e.Instrument);
        day.Trades++;
        if (e.AggressorSide == Matching.Orders.Side.None) day.AuctionTrades++;
    }
    public void OnPriceLevelChanged(in PriceLevelChanged e) => Events++;
    public void OnBookOrderChanged(in BookOrderChanged e) => Events++;
    public void OnBestBidOfferChanged(in BestBidOfferChanged e) => Events++;
    public void OnPhaseChanged(in PhaseChanged e) { Events++; Of(e.Instrument).Phases.Add((e.Time, e.Phase)); }
    public void OnAuctionIndicative(in AuctionIndicative e) => Events++;
    public void OnDailyStatistics(in DailyStatistics e) { Events++; Of(e.Instrument).Statistics = e; }
}
