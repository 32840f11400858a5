namespace SocialExchange.Matching.Events;

/// <summary>
/// During a call phase: the price and volume an uncross would have now, and the surplus left at that price
/// (positive: buy surplus, negative: sell surplus). Price zero and volume zero when nothing would trade.
/// </summary>
public readonly record struct AuctionIndicative(long Time, int Instrument, long Price, long Volume, long Imbalance);
