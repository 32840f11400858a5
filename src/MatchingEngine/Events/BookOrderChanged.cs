using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Events;

/// <summary>Market data level 3: one order's displayed quantity in the public book changed. Anonymous: no participant.</summary>
public readonly record struct BookOrderChanged(
    long Time, int Instrument, long OrderId, Side Side, long Price, long DisplayedQuantity, BookOrderAction Action);
