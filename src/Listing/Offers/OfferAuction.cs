using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Listing.Offers;

/// <summary>
/// Runs an offer. A uniform-price auction goes through the matching engine's call auction: a fresh engine, the
/// instrument listed on a call model, the issuer's sell at the floor, each valid application as a buy (limit, or
/// market = at-auction), then one uncross. The engine's uncross rule sets the price; with priority allocation and no
/// retail tranche its own allocation applies (at-auction first, then limits by price then application order),
/// otherwise the engine's uncross price and volume are split by <see cref="TrancheAllocator"/>. A fixed-price offer
/// sells at the floor to every application, split the same way. Nothing here reads the clock; times are sequence numbers.
/// </summary>
public static class OfferAuction
{
    /// <summary>The issuer's participant number in the offer engine.</summary>
    public const int IssuerParticipant = 1;

    /// <summary>Runs the offer. Invalid offer terms give <see cref="OfferOutcome.Invalid"/> with every problem.</summary>
    public static OfferResult Run(OfferParameters offer, IReadOnlyList<InvestorApplication> applications)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(applications);
        var problems = ValidateOffer(offer);
        if (problems.Count > 0) return new OfferResult(OfferOutcome.Invalid, 0, 0, [], problems);

        var accepted = new List<InvestorApplication>();
        var investors = new HashSet<int>();
        for (int i = 0; i < applications.Count; i++)
        {
            var refusal = ValidateApplication(offer, applications[i], i);
            // One application per investor: the engine keys each order by participant and client order id.
            if (refusal is null && !investors.Add(applications[i].Investor))
                refusal = new OfferProblem($"applications[{i}].investor", $"investor {applications[i].Investor} already applied");
            if (refusal is { } p) problems.Add(p);
            else accepted.Add(applications[i]);
        }

        if (offer.Method == OfferMethod.FixedPrice) return RunFixedPrice(offer, accepted, problems);

        var collector = new OfferEventCollector();
        var spec = OfferSpec(offer.Instrument, offer.FloorPrice);
        var engine = new MatchingEngine<OfferEventCollector>(new EngineOptions { InitialOrderCapacity = 1024 }, collector);
        engine.AddInstrument(spec);
        long time = 1;
        engine.SetPhase(new SetPhase(time++, spec.Id, TradingPhase.CallAuction));
        engine.Place(new PlaceOrder(time++, spec.Id, IssuerParticipant, 1, Side.Sell, OrderType.Limit,
            TimeInForce.Day, offer.FloorPrice, offer.UnitsOffered));
        if (collector.Rejections.Count > 0)
            return new OfferResult(OfferOutcome.Invalid, 0, 0, [], [.. problems,
                new OfferProblem("offer", "the engine refused the issuer's offer: " + collector.Rejections[0].Reason)]);
        foreach (var a in accepted)
        {
            var type = a.LimitPrice is null ? OrderType.Market : OrderType.Limit;
            engine.Place(new PlaceOrder(time++, spec.Id, a.Investor, 1, Side.Buy, type, TimeInForce.Day, a.LimitPrice ?? 0, a.Units));
        }
        var rejected = collector.Rejections.Select(r => r.Participant).ToHashSet();
        for (int i = 0; i < applications.Count; i++)
            if (rejected.Contains(applications[i].Investor) && accepted.Contains(applications[i]))
                problems.Add(new OfferProblem($"applications[{i}]", "refused by the engine: " +
                    collector.Rejections.First(r => r.Participant == applications[i].Investor).Reason));
        accepted.RemoveAll(a => rejected.Contains(a.Investor));

        // Demand that would trade at the floor: at-auction applications and limits at or above it. Checked before the
        // uncross, so a missed minimum never trades and the applications simply lapse with their money returned.
        long demandAtFloor = accepted.Where(a => a.LimitPrice is null || a.LimitPrice >= offer.FloorPrice).Sum(a => a.Units);
        if (demandAtFloor < offer.MinimumSubscriptionUnits)
        {
            problems.Add(new OfferProblem("offer.minimum_subscription",
                $"demand at the floor was {demandAtFloor} units, below the minimum subscription of {offer.MinimumSubscriptionUnits}; all application money is refunded"));
            var refunds = accepted.Select(a => new Allotment(a.Investor, a.Retail, a.Units, 0,
                Money(offer, a.Units, a.LimitPrice ?? offer.FloorPrice), 0m)).ToList();
            return new OfferResult(OfferOutcome.MinimumMissedRefunded, 0, demandAtFloor, refunds, problems);
        }
        if (offer.Allocation != OfferAllocation.PriceTime || offer.RetailTrancheUnits > 0)
        {
            // The engine finds the price and the volume; the offer's rule decides who gets the units.
            var uncross = engine.IndicativeUncross(spec.Id);
            return Allot(offer, uncross.Price, uncross.Volume, accepted, demandAtFloor, problems);
        }
        engine.SetPhase(new SetPhase(time, spec.Id, TradingPhase.CallUncross));

        long price = collector.Trades.Count > 0 ? collector.Trades[0].Price : 0;
        var allotments = new List<Allotment>();
        foreach (var a in accepted)
        {
            long units = collector.Trades.Where(t => t.BuyParticipant == a.Investor).Sum(t => t.Quantity);
            var applied = Money(offer, a.Units, a.LimitPrice ?? price);
            allotments.Add(new Allotment(a.Investor, a.Retail, a.Units, units, applied, Money(offer, units, price)));
        }
        return new OfferResult(OfferOutcome.Allotted, price, demandAtFloor, allotments, problems);
    }

    /// <summary>
    /// A fixed-price offer: every application buys at the floor price (a limit below it cannot, and is refused), the
    /// minimum subscription is checked against all of them, and the units offered, or the demand if smaller, are
    /// split by the offer's rule. No engine: it never trades, which is what a donation instrument needs.
    /// </summary>
    private static OfferResult RunFixedPrice(OfferParameters offer, List<InvestorApplication> accepted, List<OfferProblem> problems)
    {
        var qualifying = new List<InvestorApplication>();
        foreach (var a in accepted)
        {
            if (a.LimitPrice is { } limit && limit < offer.FloorPrice)
                problems.Add(new OfferProblem($"investor {a.Investor}", $"limit {limit} is below the fixed offer price {offer.FloorPrice}; the application is refused"));
            else qualifying.Add(a);
        }
        long demand = qualifying.Sum(a => a.Units);
        if (demand < offer.MinimumSubscriptionUnits)
        {
            problems.Add(new OfferProblem("offer.minimum_subscription",
                $"applications came to {demand} units, below the minimum subscription of {offer.MinimumSubscriptionUnits}; all application money is refunded"));
            var refunds = qualifying.Select(a => new Allotment(a.Investor, a.Retail, a.Units, 0, Money(offer, a.Units, offer.FloorPrice), 0m)).ToList();
            return new OfferResult(OfferOutcome.MinimumMissedRefunded, 0, demand, refunds, problems);
        }
        long lot = Math.Max(1, offer.Instrument.LotSize);
        return Allot(offer, offer.FloorPrice, Math.Min(offer.UnitsOffered, demand) / lot * lot, qualifying, demand, problems);
    }

    /// <summary>
    /// Splits <paramref name="volume"/> at <paramref name="price"/> by the offer's rule and tranche among the
    /// applications that qualify (at-auction, or a limit at or above the price); the others get nothing back but
    /// their money.
    /// </summary>
    private static OfferResult Allot(OfferParameters offer, long price, long volume, List<InvestorApplication> applications, long demandAtFloor, List<OfferProblem> problems)
    {
        long lot = Math.Max(1, offer.Instrument.LotSize);
        var qualifying = Enumerable.Range(0, applications.Count).Where(i => applications[i].LimitPrice is null || applications[i].LimitPrice >= price).ToList();
        // Priority as the uncross ranks it: at-auction first, then the higher limit; application order breaks ties.
        var claims = qualifying.Select(i => new TrancheAllocator.Claim(i, applications[i].Units, applications[i].Retail,
            applications[i].LimitPrice is { } limit ? -limit : long.MinValue)).ToList();
        var allotted = TrancheAllocator.Allocate(claims, volume, lot, offer.RetailTrancheUnits, offer.Allocation);
        var units = new long[applications.Count];
        for (int c = 0; c < claims.Count; c++) units[claims[c].Index] = allotted[c];
        var allotments = applications.Select((a, i) =>
            new Allotment(a.Investor, a.Retail, a.Units, units[i], Money(offer, a.Units, a.LimitPrice ?? price), Money(offer, units[i], price))).ToList();
        return new OfferResult(OfferOutcome.Allotted, price, demandAtFloor, allotments, problems);
    }

    /// <summary>Converts units at a raw price to money, using the instrument's price scale.</summary>
    public static decimal Money(OfferParameters offer, long units, long rawPrice)
    {
        // A bond's units are nominal and its price a percentage: 1000 nominal at 99.50 costs 995.
        decimal scale = offer.PriceInPercentOfNominal ? 100m : 1m;
        for (int i = 0; i < offer.Instrument.PriceScale; i++) scale *= 10m;
        return units * (rawPrice / scale);
    }

    // The offer runs on its own engine as a single call auction, whatever model the segment trades on later.
    private static InstrumentSpec OfferSpec(InstrumentSpec listed, long floor) => listed with
    {
        ReferencePrice = floor,
        TradingModel = TradingModelKind.PeriodicAuctions,
        Schedule = TradingSchedule.None,
        MinimumOrderNotional = 0,
    };

    private static List<OfferProblem> ValidateOffer(OfferParameters offer)
    {
        var problems = new List<OfferProblem>();
        long lot = Math.Max(1, offer.Instrument.LotSize);
        if (offer.UnitsOffered <= 0) problems.Add(new("offer.units_offered", "must be positive"));
        else if (offer.UnitsOffered % lot != 0) problems.Add(new("offer.units_offered", $"must be a multiple of the lot {lot}"));
        if (offer.FloorPrice <= 0) problems.Add(new("offer.floor_price", "must be positive"));
        else if (offer.FloorPrice % offer.Instrument.EffectiveTickTable.TickAt(offer.FloorPrice) != 0)
            problems.Add(new("offer.floor_price", $"{offer.FloorPrice} is not on the tick grid"));
        if (offer.MinimumSubscriptionUnits < 0 || offer.MinimumSubscriptionUnits > offer.UnitsOffered)
            problems.Add(new("offer.minimum_subscription", "must be between 0 and the units offered"));
        if (offer.MinimumApplicationUnits < 0) problems.Add(new("offer.minimum_application", "must not be negative"));
        if (offer.Instrument.Kind == InstrumentKind.NonTransferable && offer.Method != OfferMethod.FixedPrice)
            problems.Add(new("offer.instrument", "a non-transferable instrument cannot be offered through the engine's auction (the engine refuses to trade it); offer it at a fixed price"));
        if (offer.RetailTrancheShare is < 0 or > 1) problems.Add(new("offer.retail_tranche_share", $"must be between 0 and 1, was {offer.RetailTrancheShare}"));
        if (!Enum.IsDefined(offer.Method)) problems.Add(new("offer.method", $"{offer.Method} is not an offer method"));
        if (!Enum.IsDefined(offer.Allocation)) problems.Add(new("offer.allocation", $"{offer.Allocation} is not an allocation rule"));
        var specProblems = OfferSpec(offer.Instrument, Math.Max(1, offer.FloorPrice)).Validate();
        problems.AddRange(specProblems.Select(p => new OfferProblem("offer.instrument", p)));
        return problems;
    }

    private static OfferProblem? ValidateApplication(OfferParameters offer, InvestorApplication a, int index)
    {
        string at = $"applications[{index}]";
        long lot = Math.Max(1, offer.Instrument.LotSize);
        if (a.Investor <= IssuerParticipant) return new($"{at}.investor", $"must be above {IssuerParticipant} (the issuer)");
        if (a.Units < offer.MinimumApplicationUnits)
            return new($"{at}.units", $"{a.Units} is below the minimum application of {offer.MinimumApplicationUnits}");
        if (a.Units <= 0 || a.Units % lot != 0) return new($"{at}.units", $"must be a positive multiple of the lot {lot}");
        if (a.LimitPrice is { } p && p <= 0) return new($"{at}.limit_price", "must be positive");
        return null;
    }
}
