namespace SocialExchange.Matching.Orders;

/// <summary>Which side of the book an order is on. <see cref="None"/> marks auction trades, which have no aggressor.</summary>
public enum Side : byte
{
    None = 0,
    Buy = 1,
    Sell = 2,
}
