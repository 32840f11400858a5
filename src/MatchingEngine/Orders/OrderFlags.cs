namespace SocialExchange.Matching.Orders;

/// <summary>Optional behaviours of an order.</summary>
[Flags]
public enum OrderFlags : byte
{
    None = 0,

    /// <summary>The order must not take liquidity: if it would trade on arrival it is rejected.</summary>
    PostOnly = 1,

    /// <summary>With <see cref="PostOnly"/>: instead of rejecting, reprice one tick behind the best opposite price.</summary>
    RepriceIfTaking = 2,
}
