namespace SocialExchange.Listing.Offers;

/// <summary>
/// Seeded synthetic investor demand for an offer: a number of investors whose applications add up to about
/// <c>demandMultiple</c> times the units offered, with limits spread from a little under the floor to a little over
/// it (in a fixed-price offer, everyone at the price). Deterministic: the same arguments give the same applications. The figures are a simulation assumption, not
/// market data.
/// </summary>
public static class SyntheticDemand
{
    /// <summary>Generates applications; <paramref name="retailShare"/> of investors are marked retail.</summary>
    public static IReadOnlyList<InvestorApplication> Generate(
        ulong seed, OfferParameters offer, int investors, decimal demandMultiple, decimal retailShare)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (investors <= 0) return [];
        var rng = new SeededRandom(seed);
        long lot = Math.Max(1, offer.Instrument.LotSize);
        long tick = offer.Instrument.EffectiveTickTable.TickAt(offer.FloorPrice);
        long target = (long)(offer.UnitsOffered * demandMultiple);
        long mean = Math.Max(lot, target / investors);
        long minimum = Math.Max(lot, offer.MinimumApplicationUnits);
        var result = new List<InvestorApplication>(investors);
        for (int i = 0; i < investors; i++)
        {
            // Sizes between half and one and a half times the mean, rounded up to the lot and the minimum application.
            long units = mean / 2 + (long)(rng.NextUnit() * mean);
            units = Math.Max(minimum, (units + lot - 1) / lot * lot);
            bool retail = rng.NextUnit() < (double)retailShare;
            // One in ten applies at auction; the rest bid from 3 ticks under to 5 ticks over the floor. In a
            // fixed-price offer everyone applies at the price (drawn all the same, so sizes match an auction's).
            long? limit = rng.NextUnit() < 0.1 ? null : offer.FloorPrice + tick * (rng.NextInt(9) - 3);
            if (offer.Method == OfferMethod.FixedPrice) limit = null;
            if (limit <= 0) limit = tick;
            // Off the floor the tick may differ (tick tables step with price): snap down to the grid at that price.
            if (limit is { } l) limit = l / offer.Instrument.EffectiveTickTable.TickAt(l) * offer.Instrument.EffectiveTickTable.TickAt(l);
            result.Add(new InvestorApplication(OfferAuction.IssuerParticipant + 1 + i, units, limit, retail));
        }
        return result;
    }
}
