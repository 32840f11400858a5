namespace SocialExchange.Matching.Orders;

/// <summary>Where a pooled order slot currently is.</summary>
internal enum OrderState : byte
{
    /// <summary>On the pool's free list.</summary>
    Free = 0,

    /// <summary>Being processed as an incoming order; in no book structure yet.</summary>
    Incoming = 1,

    /// <summary>Resting in a price level of the ladder.</summary>
    Resting = 2,

    /// <summary>A market order waiting in a call phase's market queue.</summary>
    QueuedMarket = 3,

    /// <summary>A stop or stop-limit order waiting for its trigger.</summary>
    WaitingForTrigger = 4,
}
