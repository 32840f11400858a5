using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Listing.Offers;

/// <summary>
/// Runs a uniform-price offer through the matching engine's call auction: a fresh engine, the instrument listed on a
/// call model, the issuer's sell at the floor, each valid application as a buy (limit, or market = at-auction), then
/// one uncross. The engine's uncross rule sets the price and its allocation applies: at-auction first, then limit
/// applications by price then time (application order). Nothing here reads the clock; times are sequence numbers.
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
        if (offer.Instrument.Kind == InstrumentKind.NonTransferable)
            problems.Add(new("offer.instrument", "a non-transferable instrument cannot be offered through the engine's auction (the engine refuses to trade it)"));
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
