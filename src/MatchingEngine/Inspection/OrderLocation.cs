namespace SocialExchange.Matching.Inspection;

/// <summary>Where an open order waits.</summary>
public enum OrderLocation : byte
{
    /// <summary>In a price level of the book.</summary>
    Book = 1,

    /// <summary>A market order in a call phase's market queue.</summary>
    MarketQueue = 2,

    /// <summary>A stop order waiting for its trigger.</summary>
    StopList = 3,
}
