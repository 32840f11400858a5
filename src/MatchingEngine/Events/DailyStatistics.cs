namespace SocialExchange.Matching.Events;

/// <summary>
/// The instrument's statistics for the trading day so far, published after each auction and at day end.
/// Prices are zero until the first trade. <see cref="Turnover"/> is the sum of price times quantity in raw units;
/// <see cref="Vwap"/> is turnover over volume, rounded down.
/// </summary>
public readonly record struct DailyStatistics(
    long Time, int Instrument, long Open, long High, long Low, long Last, long Volume, Int128 Turnover, long Vwap, long TradeCount);
