using SocialExchange.Listing.Exercise;
using SocialExchange.Listing.Offers;
using SocialExchange.Matching.Instruments;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Offers;

/// <summary>
/// Allocation rules of an offer: pro rata in whole lots with the largest remainders, a retail tranche that spills
/// over both ways, the engine's priority order, and fixed-price offers (the only way to offer a donation instrument).
/// </summary>
public sealed class OfferAllocationTests
{
    private static readonly InstrumentSpec Share = new()
    {
        Id = 7, Symbol = "COOP", PriceScale = 2, ReferencePrice = 1000, TickTable = TickSizeTable.Uniform(5), LotSize = 10,
        TradingModel = TradingModelKind.PeriodicAuctions,
    };

    private static TrancheAllocator.Claim Claim(int index, long units, bool retail = false, long rank = 0) => new(index, units, retail, rank);

    [Fact]
    public void ProRata_InWholeLots_LargestRemaindersTakeTheLotsLeft()
    {
        // 100 units (10 lots) for demand 60 + 30 + 30 = 120: exact shares 50, 25, 25 -> 5, 2.5, 2.5 lots; the first
        // remainder tie goes to the earlier application.
        var units = TrancheAllocator.Allocate([Claim(0, 60), Claim(1, 30), Claim(2, 30)], 100, 10, 0, OfferAllocation.ProRata);
        Assert.Equal([50L, 30L, 20L], units);
        Assert.Equal(100, units.Sum());
    }

    [Fact]
    public void ProRata_NeverMoreThanApplied()
    {
        var units = TrancheAllocator.Allocate([Claim(0, 10), Claim(1, 10), Claim(2, 1000)], 1010, 10, 0, OfferAllocation.ProRata);
        Assert.Equal([10L, 10L, 990L], units);
    }

    [Fact]
    public void RetailTranche_KeptForRetail_AndTheRestSpillsBothWays()
    {
        // 1000 units, 300 kept for retail. Retail asks 200: it gets all of it, and the 100 it leaves go to the others.
        var spill = TrancheAllocator.Allocate([Claim(0, 200, retail: true), Claim(1, 2000)], 1000, 10, 300, OfferAllocation.ProRata);
        Assert.Equal([200L, 800L], spill);
        // Retail asks 2000: it gets its 300; the others take 500 of the 700 left, and the 200 they leave go back to retail.
        var back = TrancheAllocator.Allocate([Claim(0, 2000, retail: true), Claim(1, 500)], 1000, 10, 300, OfferAllocation.ProRata);
        Assert.Equal([500L, 500L], back);
    }

    [Fact]
    public void PriceTime_InRankOrderThenApplicationOrder()
    {
        var units = TrancheAllocator.Allocate([Claim(0, 50, rank: 0), Claim(1, 50, rank: -1), Claim(2, 50, rank: 0)], 80, 10, 0, OfferAllocation.PriceTime);
        Assert.Equal([30L, 50L, 0L], units);
    }

    [Fact]
    public void Auction_ProRata_UsesTheEnginesPriceAndVolumeAndSplitsEvenly()
    {
        var offer = new OfferParameters(Share, 1000, 1000, 0, 10, Allocation: OfferAllocation.ProRata);
        InvestorApplication[] applications = [new(2, 1000, 1010, false), new(3, 1000, 1010, false), new(4, 500, 1000, false)];

        var result = OfferAuction.Run(offer, applications);

        // The uncross clears 1000 at 10.10 (the least surplus); both applications at 10.10 get half, the one at the
        // floor nothing and its money back.
        Assert.Equal(OfferOutcome.Allotted, result.Outcome);
        Assert.Equal(1010, result.UniformPrice);
        Assert.Equal([500L, 500L, 0L], result.Allotments.Select(a => a.UnitsAllotted));
        Assert.Equal(10_100m, result.CapitalRaised);
        Assert.Equal(5_000m, result.Allotments[2].Refund);
    }

    [Fact]
    public void Auction_PriceTimeWithTranche_SameRuleAsTheEngineWithinEachTranche()
    {
        var offer = new OfferParameters(Share, 1000, 1000, 0, 10, RetailTrancheShare: 0.2m);
        InvestorApplication[] applications = [new(2, 1000, 1010, false), new(3, 400, 1010, true)];

        var result = OfferAuction.Run(offer, applications);

        // Without the tranche the higher bid would take everything; 200 are kept for the retail application.
        Assert.Equal([800L, 200L], result.Allotments.Select(a => a.UnitsAllotted));
    }

    [Fact]
    public void FixedPrice_DonationInstrument_AllottedWithoutTrading()
    {
        var donation = Share with { Kind = InstrumentKind.NonTransferable, TradingModel = TradingModelKind.PrimaryOnly, TickTable = TickSizeTable.Uniform(1) };
        var auction = OfferAuction.Run(new OfferParameters(donation, 1000, 1000, 0, 10), [new(2, 100, null, true)]);
        Assert.Equal(OfferOutcome.Invalid, auction.Outcome);
        Assert.Contains(auction.Problems, p => p.Message.Contains("offer it at a fixed price"));

        var offer = new OfferParameters(donation, 1000, 1000, 750, 10, Method: OfferMethod.FixedPrice, Allocation: OfferAllocation.ProRata);
        var result = OfferAuction.Run(offer, [new(2, 800, null, true), new(3, 400, null, true), new(4, 300, 990, false)]);

        Assert.Equal(OfferOutcome.Allotted, result.Outcome);
        Assert.Equal(1000, result.UniformPrice);
        Assert.Equal([670L, 330L], result.Allotments.Select(a => a.UnitsAllotted)); // 1000 of 1200 pro rata, in lots of 10; the refused one has no allotment
        Assert.Contains(result.Problems, p => p.Message.Contains("below the fixed offer price"));
        Assert.Equal(10_000m, result.CapitalRaised);
    }

    [Fact]
    public void FixedPrice_BelowMinimumSubscription_EveryoneRefunded()
    {
        var offer = new OfferParameters(Share, 1000, 1000, 750, 10, Method: OfferMethod.FixedPrice);
        var result = OfferAuction.Run(offer, [new(2, 500, null, true), new(3, 200, null, false)]);

        Assert.Equal(OfferOutcome.MinimumMissedRefunded, result.Outcome);
        Assert.Equal(7_000m, result.TotalRefunds);
        Assert.Equal(0m, result.CapitalRaised);
    }

    [Fact]
    public void Validate_TrancheOutOfRange_NamedField()
    {
        var result = OfferAuction.Run(new OfferParameters(Share, 1000, 1000, 0, 10, RetailTrancheShare: 1.5m), []);
        Assert.Contains(result.Problems, p => p.Field == "offer.retail_tranche_share");
    }

    [Theory]
    [InlineData("india-npo", "india-sse")]
    [InlineData("nonprofit-foundation", "india-sse")]
    public void Exercise_DonationInstrument_OfferedAtAFixedPrice(string issuer, string rulebook)
    {
        var report = ListingExerciseRunner.Run(Demo(issuer), Shipped.All.Single(r => r.Id == rulebook),
            D("2026-11-01"), CostAssumptions.LoadDefault(), ExerciseOptions.Default);
        Assert.Equal("allotted", report.Offer!.Outcome);
        Assert.Contains(report.Assumptions, a => a.Contains("fixed price"));
    }
}
