namespace SocialExchange.Matching.Orders;

/// <summary>
/// What happens in continuous trading when an incoming order would trade with a resting order of the same
/// participant. Set per participant. Auctions do not apply it: an uncross has no incoming side.
/// </summary>
public enum SelfTradePrevention : byte
{
    /// <summary>Self-trades are allowed.</summary>
    None = 0,

    /// <summary>The resting order is cancelled and the incoming order keeps matching.</summary>
    CancelResting = 1,

    /// <summary>The incoming order's remainder is cancelled; the resting order stays.</summary>
    CancelIncoming = 2,

    /// <summary>Both the resting order and the incoming order's remainder are cancelled.</summary>
    CancelBoth = 3,

    /// <summary>Both orders are reduced by the smaller of the two quantities without a trade; an order reduced to zero is cancelled.</summary>
    Decrement = 4,
}
