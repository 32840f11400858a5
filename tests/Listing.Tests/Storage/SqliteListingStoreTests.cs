using System.Text.Json;
using Microsoft.Data.Sqlite;
using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Obligations;
using SocialExchange.Listing.Storage;
using SocialExchange.Listing.Workflow;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Storage;

/// <summary>The SQLite store: migrations, round trips, whole-or-nothing writes, the audit trail; on a file and in memory.</summary>
public sealed class SqliteListingStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 6, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"listing-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private static string JsonOf(ListingApplication a) => JsonSerializer.Serialize(a);

    [Fact]
    public void Open_NewFile_AppliesEveryMigrationOnceInOrder()
    {
        using (var store = new SqliteListingStore(_file))
            Assert.Equal([1, 2, 3], store.AppliedMigrations);
        using var reopened = new SqliteListingStore(_file);
        Assert.Equal([1, 2, 3], reopened.AppliedMigrations);
    }

    [Fact]
    public void Migrate_DatabaseNewerThanProgram_Refused()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        SqliteMigrator.Migrate(connection, SqliteMigrations.All);

        var error = Assert.Throws<InvalidOperationException>(() => SqliteMigrator.Migrate(connection, SqliteMigrations.All.Take(1).ToList()));
        Assert.Contains($"schema version {SqliteMigrations.All[^1].Version}", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Save_EveryDemo_ReadsBackTheSameApplication(bool onFile)
    {
        using var store = onFile ? new SqliteListingStore(_file) : SqliteListingStore.InMemory();
        foreach (var name in DemoApplications.Names) store.Save(Demo(name));

        Assert.Equal(DemoApplications.Names.Count, store.Ids.Count);
        foreach (var name in DemoApplications.Names)
        {
            var demo = Demo(name);
            Assert.Equal(JsonOf(demo), JsonOf(store.Find(demo.Id)!));
            Assert.Equal(demo.Impact.Kpis.Select(k => k.Id).Order(StringComparer.Ordinal), store.KpiIds(demo.Id));
        }
    }

    [Fact]
    public void Save_FileStore_SurvivesReopening()
    {
        var demo = Demo("health-care");
        using (var store = new SqliteListingStore(_file)) store.Save(demo, new AuditEntry(demo.Id, "intake", "clerk", At, "stored"));

        using var reopened = new SqliteListingStore(_file);
        Assert.Equal(JsonOf(demo), JsonOf(reopened.Find(demo.Id)!));
        Assert.Equal("stored", Assert.Single(reopened.AuditTrail(demo.Id)).Detail);
    }

    [Theory]
    [InlineData("application")]
    [InlineData("kpis")]
    public void Save_FailureMidWrite_NothingStored(string failAt)
    {
        using var store = SqliteListingStore.InMemory();
        var demo = Demo("social-cooperative");
        store.BetweenSteps = step => { if (step == failAt) throw new IOException("disk full (simulated)"); };

        Assert.Throws<IOException>(() => store.Save(demo, new AuditEntry(demo.Id, "intake", "clerk", At, "stored")));

        Assert.Empty(store.Ids);
        Assert.Null(store.Find(demo.Id));
        Assert.Empty(store.KpiIds(demo.Id));
        Assert.Empty(store.AuditTrail(demo.Id));
    }

    [Fact]
    public void Save_FailedReplace_OldVersionKept()
    {
        using var store = SqliteListingStore.InMemory();
        var demo = Demo("social-cooperative");
        store.Save(demo);
        store.BetweenSteps = step => { if (step == "kpis") throw new IOException("simulated"); };

        Assert.Throws<IOException>(() => store.Save(demo with { Instrument = demo.Instrument with { Symbol = "OTHER" } }));

        Assert.Equal(demo.Instrument.Symbol, store.Find(demo.Id)!.Instrument.Symbol);
        Assert.Equal(demo.Impact.Kpis.Count, store.KpiIds(demo.Id).Count);
    }

    [Fact]
    public void Intake_InvalidApplication_EveryProblemWithFieldAndNothingStored()
    {
        using var store = SqliteListingStore.InMemory();
        var bad = Demo("social-cooperative").WithOffer(o => o with { MinimumSubscriptionPct = 140, Size = -5 });

        var result = new ApplicationIntake(store).Submit(bad, DemoApplications.AsOf);

        Assert.Contains(result.Problems, p => p.Field == "offer.minimum_subscription_pct");
        Assert.Contains(result.Problems, p => p.Field == "offer.size");
        Assert.Empty(store.Ids);
    }

    [Fact]
    public void Record_Decisions_AuditTrailInOrderWithEveryKind()
    {
        using var store = SqliteListingStore.InMemory();
        var demo = Demo("social-cooperative");
        var evaluation = RulebookEvaluator.Evaluate(demo, Bis, DemoApplications.AsOf);
        var assessment = new ComplianceAssessment(D("2027-05-10"), ComplianceStatus.Watchlist, ["BIS-O1 late"]);

        store.Record(AuditEntries.Of(evaluation, "committee", At));
        store.Record(AuditEntries.Of(demo.Id, ComplianceStatus.Good, assessment, "monitor", At.AddDays(300)));

        var trail = store.AuditTrail(demo.Id);
        Assert.Equal(["evaluation", "obligation"], trail.Select(e => e.Kind));
        Assert.Contains("NotEligible", trail[0].Detail);
        Assert.Contains("BIS-E1 Fail", trail[0].Detail);
        Assert.Equal("Good -> Watchlist as of 2027-05-10: BIS-O1 late", trail[1].Detail);
        Assert.Equal(At.AddDays(300), trail[1].At);
    }

    [Fact]
    public void Record_WorkflowTransition_WhoWhenWhyAndRulebookVersion()
    {
        using var store = SqliteListingStore.InMemory();
        var demo = Demo("societa-benefit-food");
        var workflow = new ApplicationWorkflow(demo, Bis);
        var result = workflow.Apply(new WorkflowCommand(WorkflowAction.SubmitForScreening, "applicant", At, "first filing"));

        store.Record(AuditEntries.Of(demo.Id, result.Transition!));

        var entry = Assert.Single(store.AuditTrail(demo.Id));
        Assert.Equal(("workflow", "applicant", At), (entry.Kind, entry.Actor, entry.At));
        Assert.Contains($"SubmitForScreening: {result.Transition!.From} -> {result.Transition.To} under bis {Bis.Version}; first filing", entry.Detail);
    }
}
