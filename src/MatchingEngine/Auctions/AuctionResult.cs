namespace SocialExchange.Matching.Auctions;

/// <summary>The outcome an uncross would have now: its price, executable volume and the surplus left at that price.</summary>
/// <param name="Price">Uncross price; zero when nothing would trade.</param>
/// <param name="Volume">Executable volume at <paramref name="Price"/>.</param>
/// <param name="Imbalance">Demand minus supply at <paramref name="Price"/>: positive is a buy surplus.</param>
public readonly record struct AuctionResult(long Price, long Volume, long Imbalance)
{
    /// <summary>True when the auction would trade.</summary>
    public bool Trades => Volume > 0;
}
