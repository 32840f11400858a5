using SocialExchange.Matching.Books;

namespace SocialExchange.Matching.Auctions;

/// <summary>
/// Finds the uncross price of a call book. The rule, applied in order until one price is left:
/// <list type="number">
/// <item>Maximum executable volume: the volume at price p is min(D(p), S(p)), where D(p) is the quantity of
/// market buys plus buys limited at p or higher and S(p) the quantity of market sells plus sells limited at p or
/// lower (hidden iceberg quantity included). Only limit prices present in the book are candidates.</item>
/// <item>Minimum surplus |D(p) - S(p)|.</item>
/// <item>Market pressure: if every remaining candidate has a buy surplus, the highest; if every one has a sell
/// surplus, the lowest.</item>
/// <item>Reference price: otherwise (surpluses on both sides, or none) the reference price (last trade, else static
/// reference) if it lies between the lowest and highest remaining candidate, else the candidate nearest to it.
/// Any price between two remaining candidates executes the same maximum volume with no larger surplus, so the
/// reference price is a valid uncross price even when no order is limited at it.</item>
/// </list>
/// With market orders on both sides and no limit order at all, the price is the reference price.
/// One pass over the ladder range between the lowest and highest occupied level: O(levels), no allocation.
/// </summary>
internal static class AuctionCalculator
{
    public static AuctionResult Compute(OrderBook book)
    {
        var bids = book.Bids;
        var asks = book.Asks;
        long marketBuy = book.MarketBuys.Quantity;
        long marketSell = book.MarketSells.Quantity;
        long reference = book.AuctionReference;

        if (bids.LevelCount == 0 && asks.LevelCount == 0)
        {
            if (marketBuy == 0 || marketSell == 0) return default;
            return new AuctionResult(reference, Math.Min(marketBuy, marketSell), marketBuy - marketSell);
        }

        // Range of candidate indices: every occupied level of either side. Both ladders share grid and origin.
        int low = int.MaxValue, high = -1;
        if (bids.LevelCount > 0) { low = Math.Min(low, bids.WorstIndex); high = Math.Max(high, bids.BestIndex); }
        if (asks.LevelCount > 0) { low = Math.Min(low, asks.BestIndex); high = Math.Max(high, asks.WorstIndex); }

        long totalBids = 0;
        for (int i = low; i <= high; i++)
        {
            ref var level = ref bids.Level(i);
            totalBids += level.Visible + level.Hidden;
        }

        long bestVolume = 0, bestSurplus = long.MaxValue;
        int candidateLow = -1, candidateHigh = -1;
        bool allBuySurplus = true, allSellSurplus = true;
        long bidsBelow = 0, supply = marketSell;
        for (int i = low; i <= high; i++)
        {
            ref var bidLevel = ref bids.Level(i);
            ref var askLevel = ref asks.Level(i);
            supply += askLevel.Visible + askLevel.Hidden;
            long demand = marketBuy + totalBids - bidsBelow;
            bidsBelow += bidLevel.Visible + bidLevel.Hidden;
            if (bidLevel.Count == 0 && askLevel.Count == 0) continue;

            long volume = Math.Min(demand, supply);
            long surplus = Math.Abs(demand - supply);
            if (volume > bestVolume || (volume == bestVolume && surplus < bestSurplus))
            {
                bestVolume = volume;
                bestSurplus = surplus;
                candidateLow = candidateHigh = i;
                allBuySurplus = demand > supply;
                allSellSurplus = demand < supply;
            }
            else if (volume == bestVolume && surplus == bestSurplus)
            {
                candidateHigh = i;
                allBuySurplus &= demand > supply;
                allSellSurplus &= demand < supply;
            }
        }
        if (bestVolume == 0) return default;

        long price;
        if (candidateLow == candidateHigh || allSellSurplus) price = bids.PriceAt(candidateLow);
        else if (allBuySurplus) price = bids.PriceAt(candidateHigh);
        else price = Math.Clamp(reference, bids.PriceAt(candidateLow), bids.PriceAt(candidateHigh));

        var (atDemand, atSupply) = DemandAndSupplyAt(book, price);
        return new AuctionResult(price, Math.Min(atDemand, atSupply), atDemand - atSupply);
    }

    /// <summary>D(price) and S(price) as defined above.</summary>
    public static (long Demand, long Supply) DemandAndSupplyAt(OrderBook book, long price)
    {
        long demand = book.MarketBuys.Quantity, supply = book.MarketSells.Quantity;
        var bids = book.Bids;
        for (int i = bids.BestIndex; i >= 0 && bids.PriceAt(i) >= price; i = bids.NextWorse(i))
        {
            ref var level = ref bids.Level(i);
            demand += level.Visible + level.Hidden;
        }
        var asks = book.Asks;
        for (int i = asks.BestIndex; i >= 0 && asks.PriceAt(i) <= price; i = asks.NextWorse(i))
        {
            ref var level = ref asks.Level(i);
            supply += level.Visible + level.Hidden;
        }
        return (demand, supply);
    }
}
