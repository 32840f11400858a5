namespace SocialExchange.Listing.Offers;

/// <summary>
/// Splits the units sold among qualifying applications: first a retail tranche (a share of the units offered kept
/// for retail applications), then everyone else; units a tranche cannot place go to the other tranche's unfilled
/// demand. Within a tranche the <see cref="OfferAllocation"/> rule applies. Pure and deterministic.
/// </summary>
public static class TrancheAllocator
{
    /// <summary>One qualifying application: its index in the caller's list, units applied for, retail or not, and its priority rank (lower first).</summary>
    public readonly record struct Claim(int Index, long Units, bool Retail, long Rank);

    /// <summary>
    /// Allots <paramref name="units"/> (a multiple of <paramref name="lot"/>, at most the total claimed) and returns the
    /// units per claim, in the order given.
    /// </summary>
    public static long[] Allocate(IReadOnlyList<Claim> claims, long units, long lot, long retailTrancheUnits, OfferAllocation rule)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var allotted = new long[claims.Count];
        long retailDemand = claims.Where(c => c.Retail).Sum(c => c.Units);
        long retailPool = Math.Min(Math.Min(retailTrancheUnits, retailDemand), units) / lot * lot;
        long left = units - Fill(claims, allotted, c => c.Retail, retailPool, lot, rule);
        left -= Fill(claims, allotted, c => !c.Retail, left, lot, rule);
        // Whatever the others could not take goes back to retail applications still short.
        Fill(claims, allotted, c => c.Retail, left, lot, rule);
        return allotted;
    }

    /// <summary>Allots up to <paramref name="pool"/> among the selected claims' unfilled demand; returns what it placed.</summary>
    private static long Fill(IReadOnlyList<Claim> claims, long[] allotted, Func<Claim, bool> selected, long pool, long lot, OfferAllocation rule)
    {
        var open = Enumerable.Range(0, claims.Count).Where(i => selected(claims[i]) && claims[i].Units > allotted[i]).ToList();
        long demand = open.Sum(i => claims[i].Units - allotted[i]);
        pool = Math.Min(pool, demand) / lot * lot;
        if (pool <= 0) return 0;
        if (rule == OfferAllocation.PriceTime)
        {
            long remaining = pool;
            foreach (int i in open.OrderBy(i => claims[i].Rank).ThenBy(i => claims[i].Index))
            {
                long take = Math.Min(remaining, claims[i].Units - allotted[i]);
                allotted[i] += take;
                remaining -= take;
            }
            return pool - remaining;
        }
        // Pro rata in lots: each claim's exact share rounded down, then the lots left to the largest remainders.
        long lots = pool / lot;
        var shares = open.Select(i =>
        {
            Int128 numerator = (Int128)(claims[i].Units - allotted[i]) * lots;
            return (Index: i, Lots: (long)(numerator / demand), Remainder: (long)(numerator % demand));
        }).ToList();
        long placed = shares.Sum(s => s.Lots);
        foreach (var s in shares) allotted[s.Index] += s.Lots * lot;
        foreach (var s in shares.OrderByDescending(s => s.Remainder).ThenBy(s => claims[s.Index].Index))
        {
            if (placed == lots) break;
            if (allotted[s.Index] + lot > claims[s.Index].Units) continue;
            allotted[s.Index] += lot;
            placed++;
        }
        return placed * lot;
    }
}
