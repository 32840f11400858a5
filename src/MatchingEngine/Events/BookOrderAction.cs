namespace SocialExchange.Matching.Events;

/// <summary>What happened to an order in the public book (market data level 3).</summary>
public enum BookOrderAction : byte
{
    /// <summary>The order appeared at the back of its level.</summary>
    Added = 1,

    /// <summary>The order's displayed quantity changed in place (partial fill, amend down); it kept its place.</summary>
    Modified = 2,

    /// <summary>The order left the book (filled, cancelled, expired, or about to be re-added after losing priority).</summary>
    Removed = 3,
}
