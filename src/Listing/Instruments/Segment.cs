using SocialExchange.Matching.Instruments;

namespace SocialExchange.Listing.Instruments;

/// <summary>
/// A market segment of a rulebook: which instrument kinds it takes and the market structure they trade under
/// (domain brief §6.1 Segment, §6.5).
/// </summary>
/// <param name="Id">Segment id within its rulebook.</param>
/// <param name="Name">Readable name.</param>
/// <param name="TradingModel">The engine's trading model for instruments of this segment.</param>
/// <param name="InstrumentKinds">Kinds admitted to the segment.</param>
/// <param name="UncrossTimes">Periodic auctions: uncross times of day.</param>
/// <param name="BatchInterval">Frequent batch auctions: time between uncrosses.</param>
/// <param name="LiquidityBand">RTS 11 liquidity band for share tick sizes (1 = least liquid).</param>
/// <param name="PriceScale">Decimals of a price.</param>
/// <param name="Trading">Who may trade, fees and settlement cycle: the engine's account rules for the segment's instruments.</param>
public sealed record Segment(
    string Id,
    string Name,
    TradingModelKind TradingModel,
    IReadOnlyList<ListedInstrumentKind> InstrumentKinds,
    IReadOnlyList<TimeOnly> UncrossTimes,
    TimeSpan? BatchInterval = null,
    int LiquidityBand = 1,
    int PriceScale = 2,
    SegmentTrading? Trading = null)
{
    /// <summary>The trading terms in force: the segment's own, or open to everyone, free, settled at once.</summary>
    public SegmentTrading TradingTerms => Trading ?? SegmentTrading.Default;

    /// <summary>True when the segment admits <paramref name="kind"/>.</summary>
    public bool Admits(ListedInstrumentKind kind) => InstrumentKinds.Contains(kind);
}
