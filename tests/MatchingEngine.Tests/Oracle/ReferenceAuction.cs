using SocialExchange.Matching.Auctions;

namespace SocialExchange.Matching.Tests.Oracle;

/// <summary>
/// The uncross price of a call book, straight from the rule, by brute force over every limit price in the book:
/// maximum executable volume, then minimum surplus, then market pressure (all buy surplus: highest; all sell
/// surplus: lowest), then the reference price (last trade, else static reference) clamped into the remaining range.
/// Demand at p is market buys plus bids limited at p or higher; supply at p is market sells plus asks at p or lower;
/// hidden iceberg quantity counts.
/// </summary>
public static class ReferenceAuction
{
    public static AuctionResult Compute(ReferenceBook book)
    {
        long marketBuys = book.MarketBuys.Sum(o => o.Remaining);
        long marketSells = book.MarketSells.Sum(o => o.Remaining);
        long reference = book.LastPrice > 0 ? book.LastPrice : book.StaticReference;
        var prices = book.Bids.Keys.Concat(book.Asks.Keys).Distinct().Order().ToList();
        if (prices.Count == 0)
            return marketBuys > 0 && marketSells > 0 ? new AuctionResult(reference, Math.Min(marketBuys, marketSells), marketBuys - marketSells) : default;

        long Demand(long p) => marketBuys + book.Bids.Where(l => l.Key >= p).Sum(l => l.Value.Sum(o => o.Remaining));
        long Supply(long p) => marketSells + book.Asks.Where(l => l.Key <= p).Sum(l => l.Value.Sum(o => o.Remaining));

        var candidates = prices.Select(p => (Price: p, Demand: Demand(p), Supply: Supply(p))).ToList();
        long maxVolume = candidates.Max(c => Math.Min(c.Demand, c.Supply));
        if (maxVolume == 0) return default;
        candidates = candidates.Where(c => Math.Min(c.Demand, c.Supply) == maxVolume).ToList();
        long minSurplus = candidates.Min(c => Math.Abs(c.Demand - c.Supply));
        candidates = candidates.Where(c => Math.Abs(c.Demand - c.Supply) == minSurplus).ToList();

        long lowest = candidates.Min(c => c.Price), highest = candidates.Max(c => c.Price);
        long price = candidates.All(c => c.Demand > c.Supply) ? highest
            : candidates.All(c => c.Demand < c.Supply) ? lowest
            : Math.Clamp(reference, lowest, highest);
        long demand = Demand(price), supply = Supply(price);
        return new AuctionResult(price, Math.Min(demand, supply), demand - supply);
    }
}
