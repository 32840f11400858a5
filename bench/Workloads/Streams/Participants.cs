namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>
/// Who owns an order in a generated stream, and its client order id. Generators number orders 1, 2, 3, ... over the
/// whole stream (the "order number"); order number n belongs to participant n mod <see cref="Count"/> + 1, which
/// numbers its own orders 1, 2, 3, ... as a real client does. Both are functions of the order number, so a generator
/// that cancels or amends an order needs only that number, and no random number is drawn for the owner (the issue
/// fixes the exact draws of workloads A and B).
/// </summary>
public static class Participants
{
    /// <summary>How many distinct participants a stream spreads its orders over.</summary>
    public const int Count = 1_000;

    /// <summary>The participant that owns order number <paramref name="orderNumber"/>, from 1 to <see cref="Count"/>.</summary>
    public static int Of(long orderNumber) => 1 + (int)((orderNumber - 1) % Count);

    /// <summary>The participant's own client order id for order number <paramref name="orderNumber"/>.</summary>
    public static long ClientOrderIdOf(long orderNumber) => (orderNumber - 1) / Count + 1;

    /// <summary>The order number of a participant's client order id (the inverse of the two above).</summary>
    public static long OrderNumberOf(int participant, long clientOrderId) => (clientOrderId - 1) * Count + participant;
}
