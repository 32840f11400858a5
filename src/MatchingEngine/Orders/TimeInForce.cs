namespace SocialExchange.Matching.Orders;

/// <summary>How long an order stays eligible.</summary>
public enum TimeInForce : byte
{
    /// <summary>Expires when the instrument's trading day ends (phase <c>Closed</c>).</summary>
    Day = 1,

    /// <summary>Good till cancelled: survives the end of the day.</summary>
    GoodTillCancelled = 2,

    /// <summary>Good till date: expires at the order's expiry time, checked by time-advance commands.</summary>
    GoodTillDate = 3,

    /// <summary>Immediate or cancel: trades what it can at once, the remainder is cancelled. Continuous trading only.</summary>
    ImmediateOrCancel = 4,

    /// <summary>Fill or kill: trades its whole quantity at once or nothing. Continuous trading only.</summary>
    FillOrKill = 5,

    /// <summary>Takes part only in the next opening auction; what is left after it expires.</summary>
    AtTheOpen = 6,

    /// <summary>Takes part only in the next closing auction; what is left after it expires.</summary>
    AtTheClose = 7,
}
