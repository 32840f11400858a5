namespace SocialExchange.Matching.Instruments;

/// <summary>
/// Price controls in the Borsa Italiana model (domain brief section 5.2), in basis points of the reference they
/// are measured from. Zero disables a control.
/// </summary>
public sealed record PriceControls
{
    /// <summary>(a) An order's limit price may deviate at most this much from the static reference; beyond, it is rejected.</summary>
    public long StaticOrderCollarBps { get; init; } = 2_000;

    /// <summary>(b) A trade price may deviate at most this much from the static reference; beyond, a volatility auction starts.</summary>
    public long StaticTradeCollarBps { get; init; } = 1_000;

    /// <summary>(c) A trade price may deviate at most this much from the last trade; beyond, a volatility auction starts.</summary>
    public long DynamicTradeCollarBps { get; init; } = 500;

    /// <summary>Base length of a volatility auction and of an opening-auction extension (2 minutes at Borsa Italiana).</summary>
    public long VolatilityAuctionDuration { get; init; } = 2 * TradingSchedule.Minute;

    /// <summary>Largest random extension added to <see cref="VolatilityAuctionDuration"/> (30 s), drawn from the engine's seeded generator.</summary>
    public long VolatilityAuctionMaxRandomExtension { get; init; } = 30_000_000_000;

    /// <summary>No price controls at all.</summary>
    public static PriceControls None { get; } = new() { StaticOrderCollarBps = 0, StaticTradeCollarBps = 0, DynamicTradeCollarBps = 0 };
}
