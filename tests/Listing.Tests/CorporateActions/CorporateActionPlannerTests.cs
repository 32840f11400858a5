using SocialExchange.Listing.CorporateActions;
using SocialExchange.Listing.Exercise;
using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Obligations;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.CorporateActions;

/// <summary>
/// Corporate actions and fees from Listing reach the engine's accounts: the demo impact-linked bond's stepped-up
/// coupon, a capped-dividend share's dividend within its cap, redemption at maturity, a donation instrument that
/// pays nothing, and the market's listing and annual fees. The commands run through a real engine with accounts.
/// </summary>
public sealed class CorporateActionPlannerTests
{
    private const int Issuer = 100;
    private const int Instrument = 1;
    private const long RecordTime = 86_400_000_000_000;

    [Fact]
    public void Coupon_ImpactLinkedBondAfterMissedKpi_PaysTheSteppedUpRateToHoldersOfRecord()
    {
        var demo = Demo("health-care");
        var decision = CouponStepUp.Decide(demo.Instrument, demo.Impact.Kpis, [new KpiObservation("home-visits", D("2029-12-31"), 18)], D("2030-01-15"))!;

        var action = CorporateActionPlanner.Coupon(demo.Instrument, Instrument, Issuer, RecordTime, decision);

        Assert.True(action.Applies, action.Description);
        Assert.Equal(AccountAction.PayCoupon, action.Command!.Value.Action);
        Assert.Equal(425, action.Command.Value.Amount); // 4.25% of one euro of nominal, in 10^-4 euro
        Assert.Contains("stepped up 25 bps", action.Description);

        var (engine, rejections) = EngineWith(demo.Instrument, issuerUnits: 100_000);
        Transfer(engine, 1, 3_000);
        Transfer(engine, 2, 5_000);
        long issuerBefore = engine.CashOf(Issuer, "EUR").Total;
        engine.ApplyAccount(action.Command.Value);

        Assert.Empty(rejections);
        Assert.Equal(127_5000, engine.CashOf(1, "EUR").Total); // EUR 127.50 on 3,000 nominal
        Assert.Equal(212_5000, engine.CashOf(2, "EUR").Total);
        Assert.Equal(issuerBefore - 340_0000, engine.CashOf(Issuer, "EUR").Total); // it pays itself on the 92,000 it still holds
        engine.ValidateInternalState();
    }

    [Fact]
    public void Coupon_SemiAnnual_HalfTheRate()
    {
        var bond = Demo("health-care").Instrument;
        Assert.Equal(200, CorporateActionPlanner.Coupon(bond, Instrument, Issuer, RecordTime, paymentsPerYear: 2).Command!.Value.Amount);
    }

    [Fact]
    public void Dividend_CappedShare_WithinCapPaidAboveCapRefusedNamingTheCap()
    {
        var share = Demo("affordable-housing").Instrument; // issue price 5, cap 3.5% of paid-in capital: 0.175 a share
        Assert.Equal(1_750, EngineInstrumentMapper.DividendCapPerUnit(share));

        var above = CorporateActionPlanner.Dividend(share, Instrument, Issuer, RecordTime, 0.20m);
        Assert.False(above.Applies);
        Assert.Contains("above the statutory cap of 3.5%", above.Description);

        var within = CorporateActionPlanner.Dividend(share, Instrument, Issuer, RecordTime, 0.15m);
        var (engine, rejections) = EngineWith(share, issuerUnits: 10_000);
        Transfer(engine, 1, 400);
        engine.ApplyAccount(within.Command!.Value);
        Assert.Empty(rejections);
        Assert.Equal(400 * 1_500, engine.CashOf(1, "EUR").Total);

        // The engine enforces the same cap if a command above it is sent anyway.
        engine.ApplyAccount(within.Command.Value with { Amount = 1_751, Time = RecordTime + 1 });
        Assert.Equal(Matching.Results.ResultCode.DividendAboveCap, Assert.Single(rejections).Code);
    }

    [Fact]
    public void Redemption_AtPar_PaysNominalAndCancelsTheBonds()
    {
        var bond = Demo("health-care").Instrument;
        var action = CorporateActionPlanner.Redemption(bond, Instrument, Issuer, RecordTime);
        var (engine, rejections) = EngineWith(bond, issuerUnits: 10_000);
        Transfer(engine, 1, 2_000);
        engine.ApplyAccount(action.Command!.Value);

        Assert.Empty(rejections);
        Assert.Equal(2_000 * 10_000, engine.CashOf(1, "EUR").Total); // EUR 2,000
        Assert.Equal(0, engine.HoldingOf(1, Instrument).Total);
        Assert.Equal(0, engine.HoldingOf(Issuer, Instrument).Total);
    }

    [Fact]
    public void DonationInstrument_PaysNothing()
    {
        var zczp = Demo("india-npo").Instrument;
        Assert.Contains("donation instrument pays no coupon", CorporateActionPlanner.Coupon(zczp, Instrument, Issuer, RecordTime).Description);
        Assert.Contains("donation instrument pays no dividend", CorporateActionPlanner.Dividend(zczp, Instrument, Issuer, RecordTime, 1m).Description);
        Assert.False(CorporateActionPlanner.Redemption(zczp, Instrument, Issuer, RecordTime).Applies);
    }

    [Fact]
    public void Fees_ListingAndAnnualFeeOfTheLedger_ChargedToTheIssuer()
    {
        CostLine[] costs =
        [
            new("listing_fee", "Admission fee of the market", "one_off", 1, 5_000m, null, "assumption"),
            new("annual_fee", "Annual listing fee of the market", "annual", 1, 3_000m, null, "assumption"),
            new("advisor", "Listing advisor", "one_off", 1, 40_000m, null, "assumption"),
        ];
        var fees = CorporateActionPlanner.Fees(costs, "EUR", Issuer, RecordTime);
        Assert.Equal(2, fees.Count);

        var (engine, rejections) = EngineWith(Demo("health-care").Instrument, issuerUnits: 1);
        foreach (var fee in fees) engine.ApplyAccount(fee.Command!.Value);
        Assert.Empty(rejections);
        Assert.Equal(8_000 * 10_000, engine.FeesCollected("EUR"));
    }

    [Fact]
    public void Mapper_SegmentTradingTerms_BecomeTheEngineAccountRules()
    {
        var bond = Demo("health-care").Instrument;
        var rules = EngineInstrumentMapper.Map(bond, Bis.SegmentFor(bond.Kind)!, 1).Spec!.AccountRules;
        Assert.Equal(2 * 86_400_000_000_000L, rules.SettlementDelay); // T+2
        Assert.Equal((0L, 3L), (rules.MakerFeeBps, rules.TakerFeeBps));
        Assert.Equal(ParticipantCategories.All, rules.EligibleCategories);
        Assert.Equal(86_400_000_000_000L, EngineInstrumentMapper.Map(bond, India.SegmentFor(bond.Kind)!, 1).Spec!.AccountRules.SettlementDelay); // T+1
    }

    /// <summary>An engine with accounts listing <paramref name="instrument"/> on its Borsa segment; the issuer holds units and EUR 1m.</summary>
    private static (MatchingEngine<RejectionLog> Engine, List<OrderRejected> Rejections) EngineWith(ProposedInstrument instrument, long issuerUnits)
    {
        var log = new RejectionLog();
        var engine = new MatchingEngine<RejectionLog>(new EngineOptions { Accounts = true }, log);
        var segment = (Bis.SegmentFor(instrument.Kind) ?? India.SegmentFor(instrument.Kind))!;
        engine.AddInstrument(EngineInstrumentMapper.Map(instrument, segment, Instrument).Spec!);
        engine.ApplyAccount(new AccountCommand(0, AccountAction.OpenAccount, Issuer, Category: ParticipantCategory.Issuer));
        engine.ApplyAccount(new AccountCommand(0, AccountAction.DepositCash, Issuer, Currency: CurrencyCode.Pack("EUR"), Amount: 1_000_000L * 10_000));
        engine.ApplyAccount(new AccountCommand(0, AccountAction.DepositHoldings, Issuer, Instrument, Amount: issuerUnits));
        for (int p = 1; p <= 2; p++) engine.ApplyAccount(new AccountCommand(0, AccountAction.OpenAccount, p, Category: ParticipantCategory.Retail));
        return (engine, log.Rejections);
    }

    private static void Transfer(MatchingEngine<RejectionLog> engine, int to, long units) =>
        engine.ApplyAccount(new AccountCommand(0, AccountAction.TransferHoldings, Issuer, Instrument, Counterparty: to, Amount: units));
}
