namespace SocialExchange.Matching.Commands;

/// <summary>
/// Change an open order's limit price and remaining quantity. Reducing the quantity at the same price keeps time
/// priority; a price change or a larger quantity loses it (the order goes to the back of its new level and, if it
/// now crosses, trades as an incoming order).
/// </summary>
/// <param name="NewPrice">New limit price (equal to the current one to change only the quantity).</param>
/// <param name="NewQuantity">New remaining quantity, not counting what has already traded.</param>
public readonly record struct AmendOrder(long Time, int Instrument, int Participant, long ClientOrderId, long NewPrice, long NewQuantity);
