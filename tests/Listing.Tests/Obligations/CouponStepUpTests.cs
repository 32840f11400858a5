using SocialExchange.Listing.Obligations;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Obligations;

/// <summary>The demo impact-linked bond (CURA31, 4%, +25 bps if home visits miss 20 by 2029-12-31).</summary>
public sealed class CouponStepUpTests
{
    private static CouponDecision Decide(string asOf, params KpiObservation[] observations)
    {
        var demo = Demo("health-care");
        return CouponStepUp.Decide(demo.Instrument, demo.Impact.Kpis, observations, D(asOf))!;
    }

    [Fact]
    public void Decide_TargetMissed_CouponStepsUp()
    {
        var decision = Decide("2030-01-15", new KpiObservation("home-visits", D("2029-12-31"), 18));

        Assert.Equal(4.25m, decision.CouponPct);
        Assert.Equal(25, decision.StepUpBps);
        Assert.Contains("missed", decision.Reason);
    }

    [Fact]
    public void Decide_TargetMet_CouponUnchanged()
    {
        Assert.Equal(4m, Decide("2030-01-15", new KpiObservation("home-visits", D("2029-12-31"), 21)).CouponPct);
    }

    [Fact]
    public void Decide_NotObservedOrObservedTooLate_TreatedAsMissed()
    {
        Assert.Equal(4.25m, Decide("2030-03-01").CouponPct);
        Assert.Equal(4.25m, Decide("2030-03-01", new KpiObservation("home-visits", D("2030-02-01"), 25)).CouponPct);
    }

    [Fact]
    public void Decide_BeforeObservationDate_BaseCoupon()
    {
        Assert.Equal(4m, Decide("2029-06-30", new KpiObservation("home-visits", D("2029-01-01"), 10)).CouponPct);
    }

    [Fact]
    public void Decide_PlainBond_NoDecision()
    {
        var demo = Demo("social-cooperative");
        Assert.Null(CouponStepUp.Decide(demo.Instrument, demo.Impact.Kpis, [], D("2030-01-01")));
    }
}
