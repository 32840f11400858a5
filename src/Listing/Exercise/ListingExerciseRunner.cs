using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Offers;
using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Values;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Listing.Exercise;

/// <summary>
/// The committee's listing exercise: evaluates the application against a rulebook, lists the readiness gaps,
/// simulates the offer with seeded synthetic demand through the engine's call auction, and sets the cost ledger
/// against the benefits. Deterministic: the same inputs and seed give the same report.
/// </summary>
public static class ListingExerciseRunner
{
    // The offer engine lists one instrument; its id only has to be valid.
    private const int OfferInstrumentId = 1;

    /// <summary>Runs the exercise for the day <paramref name="asOf"/>.</summary>
    public static ExerciseReport Run(
        ListingApplication application, Rulebook rulebook, DateOnly asOf, CostAssumptions costs, ExerciseOptions options)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(options);
        var evaluation = RulebookEvaluator.Evaluate(application, rulebook, asOf);
        var rules = evaluation.Results.Select(r => new ExerciseRuleLine(r.RuleId, r.Title, Name(r.Outcome), r.Sentence)).ToList();
        var gaps = evaluation.Results.Where(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.MissingEvidence)
            .Select(r => new ReadinessGap(r.RuleId, r.Title, r.Criterion,
                r.Outcome == RuleOutcome.Fail ? "change to make" : "evidence to supply", r.Sentence))
            .ToList();

        var segment = rulebook.SegmentFor(application.Instrument.Kind);
        var assumptions = new List<string>
        {
            $"Synthetic demand: seed {options.Seed}, {options.Investors} investors, demand {Amounts.Number(options.DemandMultiple)}x the offer; not market data.",
        };
        OfferSummary? offer = null;
        if (segment is null)
            assumptions.Add("No segment of the rulebook admits the instrument, so no offer was simulated.");
        else offer = SimulateOffer(application, segment, options, assumptions);

        var ledger = Ledger(costs, gaps.Count(g => g.Kind == "change to make"));
        ExchangeRate? rate = null;
        if (offer is not null && offer.Currency != costs.Currency)
        {
            rate = costs.RateFor(offer.Currency);
            assumptions.Add(rate is null
                ? $"Costs are in {costs.Currency} and capital in {offer.Currency}, and the cost file gives no exchange rate for {offer.Currency}: the share of capital the costs take is not computed."
                : $"Capital in {offer.Currency} is set against costs in {costs.Currency} at {Amounts.Number(rate.PerCostCurrency)} {offer.Currency} per {costs.Currency}; basis: {rate.Basis}.");
        }
        if (costs.Items.Any(i => i.IsAssumption))
            assumptions.Add("Cost figures marked 'assumption' are placeholders from the cost file, not sourced facts.");
        return new ExerciseReport(
            application.Id, application.Issuer.Name, $"{application.Instrument.Symbol} ({Name(application.Instrument.Kind)})",
            rulebook.Id, rulebook.Version, asOf, Name(evaluation.Verdict), segment?.Id,
            segment?.TradingModel.ToString() ?? "none", rules, gaps, offer, ledger, costs.Currency,
            ledger.Where(l => l.Kind != "annual").Sum(l => l.Amount), ledger.Where(l => l.Kind == "annual").Sum(l => l.Amount),
            Liquidity(segment), assumptions, rate);
    }

    private static OfferSummary? SimulateOffer(ListingApplication application, Segment segment, ExerciseOptions options, List<string> assumptions)
    {
        var mapping = EngineInstrumentMapper.Map(application.Instrument, segment, OfferInstrumentId);
        if (mapping.Spec is not { } spec)
        {
            assumptions.Add("The instrument could not be mapped to the engine, so no offer was simulated: " + string.Join("; ", mapping.Problems));
            return null;
        }
        var terms = application.Offer;
        bool bond = application.Instrument.IsBond;
        long lot = Math.Max(1, spec.LotSize);
        // Money per unit at the issue price: a bond unit is one currency unit of nominal, bought at a percentage.
        decimal unitPrice = bond ? application.Instrument.IssuePrice / 100m : application.Instrument.IssuePrice;
        decimal size = terms.Size ?? 0m;
        long units = (long)(size / unitPrice) / lot * lot;
        long minimumSubscription = CeilToLot((long)(units * (terms.MinimumSubscriptionPct ?? 0m) / 100m), lot, units);
        long minimumApplication = CeilToLot((long)Math.Ceiling((terms.MinimumApplication ?? 0m) / unitPrice), lot, long.MaxValue);
        if (terms.Size is null) assumptions.Add("The application states no offer size; the offer is empty.");
        // A donation instrument never trades: it is offered at its face value. Anything else goes through the engine's
        // auction. Oversubscription is split pro rata, as public offers usually are, and an offer open to retail
        // keeps a tranche for it; both the rule and the 30% tranche are simulation assumptions.
        var method = spec.Kind == InstrumentKind.NonTransferable ? OfferMethod.FixedPrice : OfferMethod.UniformPriceAuction;
        decimal tranche = terms.RetailTranche == true ? RetailTrancheShare : 0m;
        var parameters = new OfferParameters(spec, units, spec.ReferencePrice, minimumSubscription, minimumApplication, bond,
            method, OfferAllocation.ProRata, tranche);
        assumptions.Add(method == OfferMethod.FixedPrice
            ? "Offer: at a fixed price (the face value), as a donation instrument cannot trade; applications split pro rata in whole lots."
            : "Offer: a uniform-price auction through the engine's call auction, which sets one price; the units sold are split pro rata in whole lots among applications at or above it.");
        if (tranche > 0) assumptions.Add($"Retail tranche: {Amounts.Number(tranche * 100)}% of the units offered kept for retail applications (assumption); what retail does not take goes to the others.");
        decimal retailShare = options.RetailShare ?? (terms.RetailTranche == true ? 0.7m : 0.1m);
        var demand = SyntheticDemand.Generate(options.Seed, parameters, options.Investors, options.DemandMultiple, retailShare);
        var result = OfferAuction.Run(parameters, demand);
        decimal scale = 1m;
        for (int i = 0; i < spec.PriceScale; i++) scale *= 10m;
        return new OfferSummary(
            result.Outcome switch
            {
                OfferOutcome.Allotted => "allotted",
                OfferOutcome.MinimumMissedRefunded => "minimum subscription missed, all refunded",
                _ => "invalid offer",
            },
            application.Instrument.Currency,
            units, result.UniformPrice / scale, Math.Round(result.Coverage(units), 4), result.CapitalRaised, result.TotalRefunds,
            result.InvestorsAllotted, result.Allotments.Count(a => a.Retail && a.UnitsAllotted > 0),
            result.Problems.Select(p => p.ToString()).ToList());
    }

    // "MissingEvidence" -> "missing evidence": enum names read as words in the report.
    private static string Name(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Share of an offer open to retail that is kept for retail applications (a simulation assumption).</summary>
    public const decimal RetailTrancheShare = 0.3m;

    private static long CeilToLot(long units, long lot, long cap) => Math.Min(cap, (units + lot - 1) / lot * lot);

    private static List<CostLine> Ledger(CostAssumptions costs, int governanceChanges) => costs.Items.Select(i => i.Kind switch
    {
        CostKind.PerGap => new CostLine(i.Id, i.Label, "one-off per change", governanceChanges, i.Amount * governanceChanges, null, i.Basis),
        CostKind.Annual => new CostLine(i.Id, i.Label, "annual", 1, i.Amount, i.Hours, i.Basis),
        _ => new CostLine(i.Id, i.Label, "one-off", 1, i.Amount, i.Hours, i.Basis),
    }).ToList();

    // A qualitative expectation from the trading model: the engine trades only when orders meet, so this states the
    // opportunities to trade, not a forecast of volume.
    private static string Liquidity(Segment? segment) => segment?.TradingModel switch
    {
        TradingModelKind.PeriodicAuctions => $"low: trades concentrated in {Math.Max(2, segment.UncrossTimes.Count)} call auctions a day, which pool thin interest",
        TradingModelKind.FrequentBatchAuctions => "low to moderate: frequent batch auctions pool orders every few minutes",
        TradingModelKind.ContinuousWithAuctions => "depends on continuous interest; small issues are likely to see wide spreads",
        TradingModelKind.PrimaryOnly => "none: primary only, no secondary trading",
        _ => "not listed on any segment",
    };
}
