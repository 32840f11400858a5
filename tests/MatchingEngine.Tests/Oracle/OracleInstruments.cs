using SocialExchange.Matching.Instruments;

namespace SocialExchange.Matching.Tests.Oracle;

/// <summary>
/// The instruments of the random runs: narrow price bands and tight collars, so orders cross often, collars are
/// breached now and then, and a little bad input falls outside the band or off tick.
/// </summary>
public static class OracleInstruments
{
    /// <summary>Reference 100, tick 1, lot 1: band 50-150, order collar 75-125, trade collar 85-115, dynamic collar 8%.</summary>
    public static InstrumentSpec First { get; } = new()
    {
        Id = 1,
        Symbol = "ORA",
        ReferencePrice = 100,
        PriceScale = 0,
        TickTable = TickSizeTable.Uniform(1),
        PriceBandBps = 5_000,
        PriceControls = new PriceControls
        {
            StaticOrderCollarBps = 2_500,
            StaticTradeCollarBps = 1_500,
            DynamicTradeCollarBps = 800,
            VolatilityAuctionDuration = 400,
            VolatilityAuctionMaxRandomExtension = 200,
        },
    };

    /// <summary>
    /// Reference 1000 with a tick of 1 below 1000 and 5 from 1000 up (so repricing crosses a tick boundary), lot 10:
    /// band 700-1300, order collar 800-1200, trade collar 900-1100, dynamic collar 5%.
    /// </summary>
    public static InstrumentSpec Second { get; } = new()
    {
        Id = 2,
        Symbol = "ORB",
        ReferencePrice = 1000,
        PriceScale = 0,
        TickTable = new TickSizeTable([new TickSizeRow(0, 1), new TickSizeRow(1000, 5)]),
        LotSize = 10,
        PriceBandBps = 3_000,
        PriceControls = new PriceControls
        {
            StaticOrderCollarBps = 2_000,
            StaticTradeCollarBps = 1_000,
            DynamicTradeCollarBps = 500,
            VolatilityAuctionDuration = 300,
            VolatilityAuctionMaxRandomExtension = 300,
        },
    };

    public static IReadOnlyList<InstrumentSpec> Take(int count) => new[] { First, Second }.Take(count).ToList();
}
