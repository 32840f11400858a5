using SocialExchange.Listing.Obligations;
using SocialExchange.Listing.Rulebooks;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Phases;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Obligations;

/// <summary>Late reports escalate: watchlist, then suspension (halting the instruments), then delisting.</summary>
public sealed class ComplianceMonitorTests
{
    private static readonly ObligationDue Report =
        new("BIS-O1", "Annual impact report", ObligationKind.AnnualImpactReport, D("2025-12-31"), D("2026-04-30"), "120d");

    private sealed class RecordingSink : IEngineCommandSink
    {
        public List<SetPhase> Commands { get; } = [];

        public void Submit(in SetPhase command) => Commands.Add(command);

        public void Submit(in AccountCommand command) => throw new InvalidOperationException("the compliance monitor sends only phase changes");
    }

    private static ComplianceAssessment Assess(string asOf, params FiledReport[] filed) =>
        ComplianceMonitor.Assess([Report], filed, D(asOf), CompliancePolicy.Default);

    [Fact]
    public void Assess_FiledOnTime_Good()
    {
        var result = Assess("2026-12-01", new FiledReport("BIS-O1", D("2025-12-31"), D("2026-04-30")));

        Assert.Equal(ComplianceStatus.Good, result.Status);
        Assert.Empty(result.Reasons);
    }

    [Fact]
    public void Assess_OnTheDueDay_NotYetLate()
    {
        Assert.Equal(ComplianceStatus.Good, Assess("2026-04-30").Status);
    }

    [Fact]
    public void Assess_UnfiledReport_WatchlistThenSuspensionThenDelistingAndOneHalt()
    {
        var sink = new RecordingSink();
        var status = ComplianceStatus.Good;
        int[] instruments = [3, 4];

        var watch = Assess("2026-05-01");
        status = ComplianceMonitor.Apply(status, watch, instruments, 100, sink);
        Assert.Equal(ComplianceStatus.Watchlist, status);
        Assert.Contains("not filed, 1 days overdue", Assert.Single(watch.Reasons));
        Assert.Empty(sink.Commands);

        status = ComplianceMonitor.Apply(status, Assess("2026-07-30"), instruments, 200, sink); // 91 days
        Assert.Equal(ComplianceStatus.Suspended, status);
        Assert.Equal([new SetPhase(200, 3, TradingPhase.Halted), new SetPhase(200, 4, TradingPhase.Halted)], sink.Commands);

        status = ComplianceMonitor.Apply(status, Assess("2027-05-01"), instruments, 300, sink); // 366 days
        Assert.Equal(ComplianceStatus.Delisted, status);
        Assert.Equal(2, sink.Commands.Count); // already halted: no second halt

        // Delisting is final even if the report finally arrives.
        status = ComplianceMonitor.Apply(status, Assess("2027-06-01", new FiledReport("BIS-O1", D("2025-12-31"), D("2027-05-20"))), instruments, 400, sink);
        Assert.Equal(ComplianceStatus.Delisted, status);
    }

    [Fact]
    public void Assess_FiledLate_WatchlistForAWhileThenGood()
    {
        var late = new FiledReport("BIS-O1", D("2025-12-31"), D("2026-05-10"));

        Assert.Equal(ComplianceStatus.Watchlist, Assess("2026-06-01", late).Status);
        Assert.Equal(ComplianceStatus.Good, Assess("2026-11-07", late).Status); // 181 days after filing
    }

    [Fact]
    public void Assess_RejectedFiling_CountsAsNotFiled()
    {
        var result = Assess("2026-08-15", new FiledReport("BIS-O1", D("2025-12-31"), D("2026-04-01"), Rejected: true));

        Assert.Equal(ComplianceStatus.Suspended, result.Status);
        Assert.Contains("filing rejected", result.Reasons[0]);
    }
}
