namespace SocialExchange.Matching.Instruments;

/// <summary>
/// Everything the engine needs to know to trade one instrument. Prices and quantities are fixed point
/// (<c>long</c>): a price of 12.34 euro at <see cref="PriceScale"/> 2 is 1234; a bond is quoted in percent of
/// nominal, so 99.50% at scale 2 is 9950 and its quantity is nominal value.
/// </summary>
public sealed record InstrumentSpec
{
    /// <summary>Engine-wide id, 1 or more; ids are dense so books live in an array.</summary>
    public required int Id { get; init; }

    /// <summary>Ticker a person reads.</summary>
    public required string Symbol { get; init; }

    /// <summary>What the instrument is; <see cref="InstrumentKind.NonTransferable"/> rejects every order.</summary>
    public InstrumentKind Kind { get; init; } = InstrumentKind.EquityShare;

    /// <summary>ISO 4217 currency of prices.</summary>
    public string Currency { get; init; } = "EUR";

    /// <summary>Decimals in a price: one currency unit (or one percent, for bonds) is 10^PriceScale price units.</summary>
    public int PriceScale { get; init; } = 4;

    /// <summary>MiFID II liquidity band (1 = fewer than 10 trades a day, the coarsest ticks); used when <see cref="TickTable"/> is not given.</summary>
    public int LiquidityBand { get; init; } = 1;

    /// <summary>Tick sizes by price range; defaults to the RTS 11 table for <see cref="LiquidityBand"/> at <see cref="PriceScale"/>.</summary>
    public TickSizeTable? TickTable { get; init; }

    /// <summary>Quantities must be multiples of this (shares, or nominal for bonds).</summary>
    public long LotSize { get; init; } = 1;

    /// <summary>Smallest price times quantity (in raw fixed-point units) an order may have; 0 for none. Market orders are not checked.</summary>
    public long MinimumOrderNotional { get; init; }

    /// <summary>Static reference price at listing (previous close, offer price or nominal): collars and auctions start from it.</summary>
    public required long ReferencePrice { get; init; }

    /// <summary>
    /// Half-width of the price ladder around <see cref="ReferencePrice"/>, in basis points. The book preallocates one
    /// level per tick in this band, so it bounds memory; limit prices outside it are rejected. Make it at least the
    /// static order collar plus the reference drift expected while the instrument is listed.
    /// </summary>
    public long PriceBandBps { get; init; } = 5_000;

    /// <summary>Market structure the instrument trades under.</summary>
    public TradingModelKind TradingModel { get; init; } = TradingModelKind.ContinuousWithAuctions;

    /// <summary>When phases change by schedule; <see cref="TradingSchedule.None"/> leaves it to commands.</summary>
    public TradingSchedule Schedule { get; init; } = TradingSchedule.None;

    /// <summary>Order and trade collars and the volatility auction.</summary>
    public PriceControls PriceControls { get; init; } = new();

    /// <summary>Eligibility, fees, settlement and dividend cap for accounts (used only when the engine keeps accounts).</summary>
    public AccountRules AccountRules { get; init; } = AccountRules.Default;

    /// <summary>The tick table in force: the explicit one, or RTS 11 for the band.</summary>
    public TickSizeTable EffectiveTickTable => TickTable ?? TickSizeTable.Rts11(LiquidityBand, PriceScale);

    /// <summary>Lowest price of the ladder: the reference minus the band, at least one tick.</summary>
    public long LowestLadderPrice
    {
        get
        {
            var table = EffectiveTickTable;
            long low = Math.Max(1, ReferencePrice - ReferencePrice * PriceBandBps / 10_000);
            long tick = table.TickAt(low);
            return Math.Max(tick, (low + tick - 1) / tick * tick);
        }
    }

    /// <summary>Highest price of the ladder: the reference plus the band, rounded down to the tick.</summary>
    public long HighestLadderPrice
    {
        get
        {
            long high = ReferencePrice + ReferencePrice * PriceBandBps / 10_000;
            return high / EffectiveTickTable.TickAt(high) * EffectiveTickTable.TickAt(high);
        }
    }

    /// <summary>Checks the specification; returns every problem found, each naming its field, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Id < 1 || Id > MaxInstrumentId) problems.Add($"Id must be between 1 and {MaxInstrumentId}, was {Id}");
        if (string.IsNullOrWhiteSpace(Symbol)) problems.Add("Symbol must not be empty");
        if (!Enum.IsDefined(Kind)) problems.Add($"Kind {Kind} is not an instrument kind");
        if (Currency is null || Currency.Length != 3 || !Currency.All(char.IsAsciiLetterUpper))
            problems.Add($"Currency must be a three-letter upper-case ISO 4217 code, was '{Currency}'");
        if (PriceScale is < 0 or > 8) problems.Add($"PriceScale must be 0 to 8, was {PriceScale}");
        if (TickTable is null && LiquidityBand is < 1 or > 6) problems.Add($"LiquidityBand must be 1 to 6, was {LiquidityBand}");
        if (LotSize < 1) problems.Add($"LotSize must be at least 1, was {LotSize}");
        if (MinimumOrderNotional < 0) problems.Add($"MinimumOrderNotional must not be negative, was {MinimumOrderNotional}");
        if (ReferencePrice < 1) problems.Add($"ReferencePrice must be positive, was {ReferencePrice}");
        if (PriceBandBps is < 1 or > 9_999) problems.Add($"PriceBandBps must be 1 to 9999, was {PriceBandBps}");
        if (!Enum.IsDefined(TradingModel)) problems.Add($"TradingModel {TradingModel} is not a trading model");
        if (problems.Count == 0)
        {
            var table = EffectiveTickTable;
            if (!table.IsOnTick(ReferencePrice)) problems.Add($"ReferencePrice {ReferencePrice} is not on tick ({table.TickAt(ReferencePrice)})");
            long levels = (HighestLadderPrice - LowestLadderPrice) / table.SmallestTickBetween(LowestLadderPrice, HighestLadderPrice) + 1;
            if (levels > MaxLadderLevels) problems.Add($"PriceBandBps gives {levels} price levels, more than {MaxLadderLevels}; narrow the band or coarsen the ticks");
        }
        if (PriceControls.StaticOrderCollarBps < 0 || PriceControls.StaticTradeCollarBps < 0 || PriceControls.DynamicTradeCollarBps < 0)
            problems.Add("PriceControls collars must not be negative");
        if (PriceControls.VolatilityAuctionDuration < 0 || PriceControls.VolatilityAuctionMaxRandomExtension < 0)
            problems.Add("PriceControls durations must not be negative");
        foreach (var problem in Schedule.Validate(TradingModel)) problems.Add("Schedule: " + problem);
        if (AccountRules is null) problems.Add("AccountRules must not be null");
        else foreach (var problem in AccountRules.Validate()) problems.Add("AccountRules: " + problem);
        return problems;
    }

    /// <summary>Largest instrument id; books are indexed by id.</summary>
    public const int MaxInstrumentId = 1 << 16;

    /// <summary>Largest ladder, in levels per side (about 24 MB per book at the limit).</summary>
    public const long MaxLadderLevels = 1 << 20;
}
