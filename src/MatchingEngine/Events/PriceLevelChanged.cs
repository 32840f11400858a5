using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Events;

/// <summary>Market data level 2: the displayed quantity at one price changed. Quantity zero means the level is gone.</summary>
public readonly record struct PriceLevelChanged(long Time, int Instrument, Side Side, long Price, long Quantity, int OrderCount);
