namespace SocialExchange.Matching.Events;

/// <summary>Market data level 1: the best bid or offer changed. A side with no orders has price and quantity zero.</summary>
public readonly record struct BestBidOfferChanged(long Time, int Instrument, long BidPrice, long BidQuantity, long AskPrice, long AskQuantity);
