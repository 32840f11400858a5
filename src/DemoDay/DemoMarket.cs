using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.DemoDay;

/// <summary>
/// The demo market: fictional issuers (no real company names), one per market structure the engine offers, so a
/// reader sees each at work in one day. Prices are in cents (scale 2); the bond is quoted in percent of nominal.
/// The tradable three charge a 3 bps taker fee and settle T+2, as the Borsa dell'Impatto Sociale rulebook's
/// segments do (an assumption there too); the capped-dividend share's cap is 3.5% of its 8.40 issue price.
/// </summary>
internal static class DemoMarket
{
    private static readonly AccountRules BorsaTrading = new() { TakerFeeBps = 3, SettlementDelay = 2 * TradingSchedule.Day };

    /// <summary>The participant id of each instrument's issuer (it holds the units not yet with investors).</summary>
    public static int IssuerOf(int instrument) => 900 + instrument;

    public static IReadOnlyList<InstrumentSpec> Instruments { get; } =
    [
        new InstrumentSpec
        {
            Id = 1, Symbol = "ORTI", Kind = InstrumentKind.EquityShare, PriceScale = 2, LiquidityBand = 1,
            ReferencePrice = 1_250, LotSize = 10, MinimumOrderNotional = 0,
            TradingModel = TradingModelKind.ContinuousWithAuctions, Schedule = TradingSchedule.ContinuousDay,
            AccountRules = BorsaTrading,
        },
        new InstrumentSpec
        {
            Id = 2, Symbol = "CASA27", Kind = InstrumentKind.Bond, PriceScale = 2, TickTable = TickSizeTable.Uniform(5),
            ReferencePrice = 10_000, LotSize = 1_000, PriceBandBps = 1_000,
            TradingModel = TradingModelKind.PeriodicAuctions,
            Schedule = new TradingSchedule
            {
                OpenCallStart = 8 * TradingSchedule.Hour,
                UncrossTimes = [11 * TradingSchedule.Hour + 30 * TradingSchedule.Minute, 16 * TradingSchedule.Hour + 30 * TradingSchedule.Minute],
                ClosingAuction = 17 * TradingSchedule.Hour + 30 * TradingSchedule.Minute,
                DayEnd = 20 * TradingSchedule.Hour,
            },
            AccountRules = BorsaTrading,
        },
        new InstrumentSpec
        {
            Id = 3, Symbol = "SALUTE", Kind = InstrumentKind.CappedDividendShare, PriceScale = 2, LiquidityBand = 1,
            ReferencePrice = 840, LotSize = 10,
            TradingModel = TradingModelKind.FrequentBatchAuctions,
            Schedule = new TradingSchedule
            {
                OpenCallStart = 9 * TradingSchedule.Hour,
                BatchInterval = 5 * TradingSchedule.Minute,
                ClosingAuction = 17 * TradingSchedule.Hour + 30 * TradingSchedule.Minute,
                DayEnd = 20 * TradingSchedule.Hour,
            },
            AccountRules = BorsaTrading with { DividendCapPerUnit = 2_940 },
        },
        new InstrumentSpec
        {
            Id = 4, Symbol = "DONA", Kind = InstrumentKind.NonTransferable, PriceScale = 2, TickTable = TickSizeTable.Uniform(1),
            ReferencePrice = 100, TradingModel = TradingModelKind.PrimaryOnly,
        },
    ];

    /// <summary>What each instrument is, for the summary.</summary>
    public static string Describe(int instrument) => instrument switch
    {
        1 => "share of a fictional società benefit (organic farming), continuous trading with opening and closing auctions",
        2 => "social bond of a fictional affordable-housing company, quoted in % of nominal, call auctions at 11:30 and 16:30",
        3 => "capped-dividend share of a fictional health-care company, frequent batch auctions every 5 minutes",
        4 => "zero-coupon zero-principal donation instrument: not transferable, every order is rejected",
        _ => "",
    };
}
