using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Listing.Instruments;

/// <summary>
/// Turns an admitted instrument into the matching engine's <see cref="InstrumentSpec"/>: the engine kind, the
/// trading model and schedule of its segment, and fixed-point prices. Problems are returned, not thrown: a
/// committee may propose terms the engine cannot trade (a price off tick), and it should read why.
/// </summary>
public static class EngineInstrumentMapper
{
    private static readonly TimeOnly CallStart = new(8, 0);
    private static readonly TimeOnly BatchStart = new(9, 0);
    private static readonly TimeOnly LastAuction = new(17, 30);
    private static readonly TimeOnly DayEnd = new(20, 0);

    /// <summary>The engine kind of a listed kind: bond kinds trade alike, the donation instrument never trades.</summary>
    public static InstrumentKind EngineKindOf(ListedInstrumentKind kind) => kind switch
    {
        ListedInstrumentKind.OrdinaryShare => InstrumentKind.EquityShare,
        ListedInstrumentKind.CappedDividendShare => InstrumentKind.CappedDividendShare,
        ListedInstrumentKind.Bond or ListedInstrumentKind.SocialBond or ListedInstrumentKind.ImpactLinkedBond => InstrumentKind.Bond,
        ListedInstrumentKind.DonationInstrument => InstrumentKind.NonTransferable,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a listed instrument kind"),
    };

    /// <summary>Builds the engine instrument <paramref name="instrumentId"/> for <paramref name="instrument"/> on <paramref name="segment"/>.</summary>
    public static EngineMapping Map(ProposedInstrument instrument, Segment segment, int instrumentId)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(segment);
        var problems = new List<string>();
        if (!segment.Admits(instrument.Kind))
            problems.Add($"instrument.kind: segment '{segment.Id}' does not admit {instrument.Kind}");
        if (!instrument.Transferable && segment.TradingModel != TradingModelKind.PrimaryOnly)
            problems.Add($"segment '{segment.Id}': a non-transferable instrument needs a primary-only segment, not {segment.TradingModel}");

        long scale = 1;
        for (int i = 0; i < segment.PriceScale; i++) scale *= 10;
        decimal rawPrice = instrument.IssuePrice * scale;
        if (rawPrice != decimal.Truncate(rawPrice))
            problems.Add($"instrument.issue_price: {instrument.IssuePrice} has more than {segment.PriceScale} decimals");
        if (instrument.IssuePrice <= 0) problems.Add("instrument.issue_price: must be positive");

        long lot = 1;
        if (instrument.IsBond)
        {
            if (instrument.Nominal is not { } nominal || nominal <= 0 || nominal != decimal.Truncate(nominal))
                problems.Add("instrument.nominal: a bond needs a positive whole nominal (its trading lot)");
            else lot = (long)nominal;
        }
        if (problems.Count > 0) return new EngineMapping(null, problems);

        var spec = new InstrumentSpec
        {
            Id = instrumentId,
            Symbol = instrument.Symbol,
            Kind = EngineKindOf(instrument.Kind),
            Currency = instrument.Currency,
            PriceScale = segment.PriceScale,
            LiquidityBand = segment.LiquidityBand,
            // Bonds in percent of nominal move in 0.05 (as the demo bond); the donation instrument never trades.
            TickTable = instrument.IsBond ? TickSizeTable.Uniform(Math.Max(1, 5 * scale / 100))
                : instrument.Transferable ? null : TickSizeTable.Uniform(1),
            ReferencePrice = (long)rawPrice,
            LotSize = lot,
            MinimumOrderNotional = MinimumNotional(segment.TradingTerms.MinimumOrderValue, scale, instrument.IsBond),
            PriceBandBps = instrument.IsBond ? 1_000 : 5_000,
            TradingModel = segment.TradingModel,
            Schedule = ScheduleFor(segment),
            AccountRules = AccountRulesFor(instrument, segment),
        };
        var engineProblems = spec.Validate();
        return engineProblems.Count == 0 ? new EngineMapping(spec, []) : new EngineMapping(null, engineProblems.Select(p => "engine: " + p).ToList());
    }

    /// <summary>
    /// The engine's account rules for the instrument: the segment's eligibility, fees and settlement cycle (T+n days
    /// in engine nanoseconds), and for a capped-dividend share the cap per share in cash units. The statute caps the
    /// dividend as a percentage of paid-in capital; the paid-in capital per share is taken as the issue price.
    /// </summary>
    public static AccountRules AccountRulesFor(ProposedInstrument instrument, Segment segment)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(segment);
        var trading = segment.TradingTerms;
        return new AccountRules
        {
            EligibleCategories = trading.EligibleCategories,
            MakerFeeBps = trading.MakerFeeBps,
            TakerFeeBps = trading.TakerFeeBps,
            SettlementDelay = trading.SettlementDays * TradingSchedule.Day,
            DividendCapPerUnit = DividendCapPerUnit(instrument),
        };
    }

    /// <summary>
    /// A minimum order value in currency as the engine's raw price times quantity (rounded up, so an order worth
    /// less is always refused): times 10^scale for a price per unit, and times 100 more for a bond quoted in percent
    /// of nominal (99.50% at scale 2 is 9950 for each unit of nominal, worth 0.995).
    /// </summary>
    private static long MinimumNotional(decimal minimumValue, long scale, bool percentOfNominal) =>
        minimumValue <= 0 ? 0 : (long)decimal.Ceiling(minimumValue * scale * (percentOfNominal ? 100 : 1));

    /// <summary>A capped-dividend share's largest dividend per share in engine cash units; zero when uncapped.</summary>
    public static long DividendCapPerUnit(ProposedInstrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (instrument.Kind != ListedInstrumentKind.CappedDividendShare || instrument.DividendCapPct is not { } pct) return 0;
        return (long)decimal.Floor(instrument.IssuePrice * pct / 100m * Money.CashUnitsPerCurrencyUnit);
    }

    /// <summary>
    /// A trading day for the segment's model. Times follow the Borsa Italiana day of the engine's
    /// <see cref="TradingSchedule.ContinuousDay"/>; periodic auctions default to 11:30 and 16:30 (Euronext's fixing
    /// for illiquid shares, domain brief §6.3 MKT-1 [S-152]).
    /// </summary>
    public static TradingSchedule ScheduleFor(Segment segment) => segment.TradingModel switch
    {
        TradingModelKind.ContinuousWithAuctions => TradingSchedule.ContinuousDay,
        TradingModelKind.PeriodicAuctions => new TradingSchedule
        {
            OpenCallStart = Nanos(CallStart),
            UncrossTimes = (segment.UncrossTimes.Count > 0 ? segment.UncrossTimes : [new TimeOnly(11, 30), new TimeOnly(16, 30)])
                .Select(Nanos).ToList(),
            ClosingAuction = Nanos(LastAuction),
            DayEnd = Nanos(DayEnd),
        },
        TradingModelKind.FrequentBatchAuctions => new TradingSchedule
        {
            OpenCallStart = Nanos(BatchStart),
            BatchInterval = (segment.BatchInterval ?? TimeSpan.FromMinutes(5)).Ticks * 100,
            ClosingAuction = Nanos(LastAuction),
            DayEnd = Nanos(DayEnd),
        },
        _ => TradingSchedule.None,
    };

    private static long Nanos(TimeOnly time) => time.Ticks * 100;
}
