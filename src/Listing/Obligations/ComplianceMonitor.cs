using SocialExchange.Listing.Values;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Listing.Obligations;

/// <summary>
/// Judges an issuer's ongoing obligations on a day: compares what was due with what was filed and escalates by
/// the <see cref="CompliancePolicy"/> from watchlist to suspension to delisting. A move into suspension (or straight
/// to delisting) halts the issuer's instruments through an <see cref="IEngineCommandSink"/>. Deterministic: takes
/// <c>asOf</c>, never reads the clock.
/// </summary>
public static class ComplianceMonitor
{
    /// <summary>The standing on <paramref name="asOf"/> from the reports due and the reports filed.</summary>
    public static ComplianceAssessment Assess(
        IReadOnlyList<ObligationDue> dues, IReadOnlyList<FiledReport> filed, DateOnly asOf, CompliancePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(dues);
        ArgumentNullException.ThrowIfNull(filed);
        ArgumentNullException.ThrowIfNull(policy);
        var status = ComplianceStatus.Good;
        var reasons = new List<string>();
        foreach (var due in dues.Where(d => d.Due < asOf))
        {
            var filing = filed.Where(f => f.ObligationId == due.ObligationId && f.PeriodEnd == due.PeriodEnd && !f.Rejected && f.FiledOn <= asOf)
                .OrderBy(f => f.FiledOn).FirstOrDefault();
            string what = $"{due.ObligationId} ({due.Title}) for {Amounts.Date(due.PeriodEnd)}, due {Amounts.Date(due.Due)}";
            if (filing is null)
            {
                int overdue = asOf.DayNumber - due.Due.DayNumber;
                var level = overdue > policy.DelistAfterDaysOverdue ? ComplianceStatus.Delisted
                    : overdue > policy.SuspendAfterDaysOverdue ? ComplianceStatus.Suspended
                    : ComplianceStatus.Watchlist;
                bool rejected = filed.Any(f => f.ObligationId == due.ObligationId && f.PeriodEnd == due.PeriodEnd && f.Rejected);
                reasons.Add($"{what}: {(rejected ? "filing rejected, " : "")}not filed, {overdue} days overdue ({Words(level)})");
                status = Max(status, level);
            }
            else if (filing.FiledOn > due.Due && asOf.DayNumber - filing.FiledOn.DayNumber <= policy.WatchlistDaysAfterLateFiling)
            {
                reasons.Add($"{what}: filed late on {Amounts.Date(filing.FiledOn)} (watchlist for {policy.WatchlistDaysAfterLateFiling} days after filing)");
                status = Max(status, ComplianceStatus.Watchlist);
            }
        }
        return new ComplianceAssessment(asOf, status, reasons);
    }

    /// <summary>
    /// Moves the issuer from <paramref name="previous"/> to the assessed status and returns the new status. Delisting
    /// is final. Entering suspension or delisting from a tradeable status sends one halt per instrument to the sink.
    /// </summary>
    public static ComplianceStatus Apply(
        ComplianceStatus previous, ComplianceAssessment assessment, IReadOnlyList<int> instruments, long engineTime, IEngineCommandSink sink)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(sink);
        var next = previous == ComplianceStatus.Delisted ? ComplianceStatus.Delisted : assessment.Status;
        if (previous < ComplianceStatus.Suspended && next >= ComplianceStatus.Suspended)
            foreach (int instrument in instruments) sink.Submit(new SetPhase(engineTime, instrument, TradingPhase.Halted));
        return next;
    }

    private static ComplianceStatus Max(ComplianceStatus a, ComplianceStatus b) => a > b ? a : b;

    private static string Words(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Delisted => "delisting",
        ComplianceStatus.Suspended => "suspension",
        _ => "watchlist",
    };
}
