using SocialExchange.Listing.Impact;
using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Obligations;

/// <summary>
/// Applies an impact-linked bond's KPI test: at the observation date, a KPI that missed its target steps the coupon
/// up by the bond's bps; a KPI not observed counts as missed (the issuer cannot gain by not reporting). Whether
/// higher is better follows the KPI: a target above the baseline must be reached, one below must not be exceeded.
/// </summary>
public static class CouponStepUp
{
    /// <summary>The coupon in force on <paramref name="asOf"/>; null when the instrument is not impact-linked.</summary>
    public static CouponDecision? Decide(ProposedInstrument bond, IReadOnlyList<Kpi> kpis, IReadOnlyList<KpiObservation> observations, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bond);
        ArgumentNullException.ThrowIfNull(kpis);
        ArgumentNullException.ThrowIfNull(observations);
        if (bond.ImpactLink is not { } link) return null;
        decimal coupon = bond.CouponPct ?? 0m;
        if (asOf < link.ObservationDate)
            return new CouponDecision(coupon, 0, coupon, $"before the observation date {Amounts.Date(link.ObservationDate)}");
        var kpi = kpis.FirstOrDefault(k => k.Id == link.KpiId);
        if (kpi?.Target is not { } target)
            return Stepped(coupon, link, $"KPI {link.KpiId} has no target; treated as missed");
        // The observation counts only if made on or before the observation date: a late good figure cannot save it.
        var seen = observations.Where(o => o.KpiId == link.KpiId && o.ObservedOn <= link.ObservationDate)
            .OrderBy(o => o.ObservedOn).LastOrDefault();
        if (seen.KpiId is null)
            return Stepped(coupon, link, $"KPI {link.KpiId} was not observed by {Amounts.Date(link.ObservationDate)}; treated as missed");
        bool higherIsBetter = kpi.Baseline is not { } baseline || target.Value >= baseline.Value;
        bool met = higherIsBetter ? seen.Value >= target.Value : seen.Value <= target.Value;
        string observed = $"KPI {link.KpiId} observed {Amounts.Number(seen.Value)} against target {Amounts.Number(target.Value)}";
        return met ? new CouponDecision(coupon, 0, coupon, observed + ": met")
            : Stepped(coupon, link, observed + ": missed");
    }

    private static CouponDecision Stepped(decimal coupon, ImpactLinkedTerms link, string reason) =>
        new(coupon, link.StepUpBps, coupon + link.StepUpBps / 100m, $"{reason}; coupon steps up {link.StepUpBps} bps");
}
