using SocialExchange.Listing.Offers;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Listing.Tests.Offers;

/// <summary>Offers run through the engine's call auction: minimum subscription, refunds, allocation, refusals.</summary>
public sealed class OfferAuctionTests
{
    // A share quoted with 2 decimals on a 0.05 tick: a floor of 10.00 is 1000 raw.
    private static readonly InstrumentSpec Share = new()
    {
        Id = 7, Symbol = "COOP", PriceScale = 2, ReferencePrice = 1000, TickTable = TickSizeTable.Uniform(5),
        TradingModel = TradingModelKind.PeriodicAuctions,
    };

    private static OfferParameters Offer(long units = 1000, long minimum = 600, long minApp = 10) =>
        new(Share, units, 1000, minimum, minApp);

    [Fact]
    public void Run_DemandAboveMinimum_AllotsAtOneUniformPriceAndRefundsTheRest()
    {
        var applications = new InvestorApplication[]
        {
            new(2, 400, 1010, false),
            new(3, 500, 1000, true),
            new(4, 300, 1000, true),
        };

        var result = OfferAuction.Run(Offer(), applications);

        Assert.Equal(OfferOutcome.Allotted, result.Outcome);
        Assert.Equal(1200, result.DemandAtFloorUnits);
        Assert.Equal(1000, result.UnitsSold);
        Assert.Equal(1000, result.UniformPrice);
        // Price then time: the higher bid in full, then the earlier of the two floor bids, the last one partly.
        Assert.Equal([400L, 500L, 100L], result.Allotments.Select(a => a.UnitsAllotted));
        Assert.Equal(10_000m, result.CapitalRaised);
        Assert.Equal(0m, result.Allotments[1].Refund);
        Assert.Equal(2_000m, result.Allotments[2].Refund);
        // The higher bidder pays the uniform price, so the 0.10 over the floor comes back.
        Assert.Equal(40m, result.Allotments[0].Refund);
    }

    [Fact]
    public void Run_DemandBelowMinimumSubscription_NothingTradesAndEveryoneIsRefunded()
    {
        var applications = new InvestorApplication[] { new(2, 300, 1000, false), new(3, 200, 1050, false), new(4, 500, 950, false) };

        var result = OfferAuction.Run(Offer(), applications);

        Assert.Equal(OfferOutcome.MinimumMissedRefunded, result.Outcome);
        Assert.Equal(500, result.DemandAtFloorUnits);
        Assert.Equal(0, result.UnitsSold);
        Assert.Equal(0m, result.CapitalRaised);
        Assert.Equal(3000m + 2100m + 4750m, result.TotalRefunds);
        Assert.Contains(result.Problems, p => p.Field == "offer.minimum_subscription" && p.Message.Contains("below the minimum subscription"));
    }

    [Fact]
    public void Run_ApplicationBelowMinimumSize_RefusedWithItsFieldAndNotAllotted()
    {
        var applications = new InvestorApplication[] { new(2, 5, 1000, false), new(3, 700, 1000, false) };

        var result = OfferAuction.Run(Offer(), applications);

        Assert.Equal(OfferOutcome.Allotted, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("applications[0].units", problem.Field);
        Assert.Contains("minimum application of 10", problem.Message);
        Assert.DoesNotContain(result.Allotments, a => a.Investor == 2);
        Assert.Equal(700, result.UnitsSold);
    }

    [Fact]
    public void Run_DemandAtHigherPricesExceedsOffer_UniformPriceRisesAboveFloor()
    {
        var applications = new InvestorApplication[] { new(2, 600, 1100, false), new(3, 600, 1050, false), new(4, 600, 1000, false) };

        var result = OfferAuction.Run(Offer(units: 1000), applications);

        Assert.Equal(OfferOutcome.Allotted, result.Outcome);
        Assert.True(result.UniformPrice > 1000, $"uniform price {result.UniformPrice} should be above the floor");
        Assert.Equal(1000, result.UnitsSold);
        Assert.All(result.Allotments.Where(a => a.UnitsAllotted > 0), a => Assert.Equal(a.UnitsAllotted * result.UniformPrice / 100m, a.Paid));
    }

    [Fact]
    public void Run_AtAuctionApplication_FilledFirstAtTheUniformPrice()
    {
        var applications = new InvestorApplication[] { new(2, 800, 1000, false), new(3, 400, null, true) };

        var result = OfferAuction.Run(Offer(), applications);

        var atAuction = Assert.Single(result.Allotments, a => a.Investor == 3);
        Assert.Equal(400, atAuction.UnitsAllotted);
        Assert.Equal(600, result.Allotments.Single(a => a.Investor == 2).UnitsAllotted);
    }

    [Fact]
    public void Run_InvalidOfferTerms_EveryProblemNamedAndNothingAllotted()
    {
        var result = OfferAuction.Run(new OfferParameters(Share, 0, 1003, 50, -1), [new(2, 100, 1000, false)]);

        Assert.Equal(OfferOutcome.Invalid, result.Outcome);
        Assert.Empty(result.Allotments);
        var fields = result.Problems.Select(p => p.Field).ToHashSet();
        Assert.Superset(new HashSet<string> { "offer.units_offered", "offer.floor_price", "offer.minimum_subscription", "offer.minimum_application" }, fields);
    }

    [Fact]
    public void Run_SameInvestorTwice_SecondApplicationRefused()
    {
        var result = OfferAuction.Run(Offer(), [new(2, 700, 1000, false), new(2, 100, 1000, false)]);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("applications[1].investor", problem.Field);
        Assert.Equal(700, result.UnitsSold);
    }

    [Fact]
    public void SyntheticDemand_SameSeed_SameApplicationsAndSameResult()
    {
        var offer = Offer(units: 10_000, minimum: 5_000);
        var first = SyntheticDemand.Generate(42, offer, 60, 1.5m, 0.6m);
        var second = SyntheticDemand.Generate(42, offer, 60, 1.5m, 0.6m);
        var other = SyntheticDemand.Generate(43, offer, 60, 1.5m, 0.6m);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.Equal(OfferAuction.Run(offer, first).Allotments, OfferAuction.Run(offer, second).Allotments);
        Assert.All(first, a => Assert.True(a.Units >= offer.MinimumApplicationUnits));
    }

    [Fact]
    public void SyntheticDemand_WeakDemand_MissesMinimumAndRefunds()
    {
        var offer = Offer(units: 10_000, minimum: 9_000);

        var result = OfferAuction.Run(offer, SyntheticDemand.Generate(7, offer, 20, 0.3m, 0.5m));

        Assert.Equal(OfferOutcome.MinimumMissedRefunded, result.Outcome);
        Assert.Equal(0m, result.CapitalRaised);
        Assert.True(result.TotalRefunds > 0);
    }

    [Fact]
    public void Run_NonTransferableInstrument_InvalidWithReason()
    {
        var donation = Share with { Kind = InstrumentKind.NonTransferable, TickTable = TickSizeTable.Uniform(1) };

        var result = OfferAuction.Run(new OfferParameters(donation, 100, 1000, 10, 1), [new(2, 50, 1000, false)]);

        Assert.Equal(OfferOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == "offer.instrument" && p.Message.Contains("non-transferable"));
    }

    [Fact]
    public void SyntheticDemand_TickTableSteppingAtTheFloor_EveryLimitOnTheGrid()
    {
        // A 5.00 share under the engine's default (RTS 11) table: the tick changes around the floor.
        var share = Share with { TickTable = null, ReferencePrice = 500 };
        var offer = new OfferParameters(share, 300_000, 500, 100_000, 200);

        var result = OfferAuction.Run(offer, SyntheticDemand.Generate(2026, offer, 80, 1.3m, 0.5m));

        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("refused by the engine"));
        Assert.Equal(OfferOutcome.Allotted, result.Outcome);
    }
}
