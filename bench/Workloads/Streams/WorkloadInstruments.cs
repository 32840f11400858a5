using SocialExchange.Matching.Instruments;

namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>Instrument specifications for the workloads: plain equities with unit ticks and no price controls.</summary>
public static class WorkloadInstruments
{
    /// <summary>
    /// An equity priced in whole units (tick 1, scale 0) without collars or volatility auctions, so every price a
    /// workload draws is valid and no trade interrupts trading. <paramref name="priceBandBps"/> must cover the prices
    /// the workload uses: the ladder holds only prices within it.
    /// </summary>
    public static InstrumentSpec Equity(int id, string symbol, long referencePrice, long priceBandBps) => new()
    {
        Id = id,
        Symbol = symbol,
        ReferencePrice = referencePrice,
        TickTable = TickSizeTable.Uniform(1),
        PriceScale = 0,
        PriceBandBps = priceBandBps,
        PriceControls = PriceControls.None,
    };
}
