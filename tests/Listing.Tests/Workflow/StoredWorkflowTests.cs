using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Storage;
using SocialExchange.Listing.Workflow;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Workflow;

/// <summary>
/// A workflow with a store writes each transition (state, transition row, audit entry) in one transaction before
/// accepting it, and resumes from the store with its state and history; a failed write changes nothing anywhere.
/// </summary>
public sealed class StoredWorkflowTests
{
    private static readonly ListingApplication Food = Demo("societa-benefit-food");
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 9, 0, 0, TimeSpan.Zero);

    private static void MoveToQueries(ApplicationWorkflow workflow)
    {
        Accept(workflow, new WorkflowCommand(WorkflowAction.SubmitForScreening, "applicant", T0));
        Accept(workflow, new WorkflowCommand(WorkflowAction.PassScreening, "committee", T0.AddDays(1), Screening: RulebookEvaluator.Evaluate(Food, Bis, D("2026-07-01"))));
        Accept(workflow, new WorkflowCommand(WorkflowAction.CompleteImpactDesign, "advisor", T0.AddDays(10)));
        Accept(workflow, new WorkflowCommand(WorkflowAction.CompleteGapAnalysis, "advisor", T0.AddDays(20)));
        Accept(workflow, new WorkflowCommand(WorkflowAction.SubmitForReview, "applicant", T0.AddDays(30)));
        Accept(workflow, new WorkflowCommand(WorkflowAction.RaiseQueries, "committee", T0.AddDays(31), "baseline of KPI 2 unclear", QueryDeadline: D("2026-08-31")));
    }

    private static void Accept(ApplicationWorkflow workflow, WorkflowCommand command)
    {
        var result = workflow.Apply(command);
        Assert.True(result.Accepted, result.Message);
    }

    [Fact]
    public void Transitions_AreStoredAsTheyHappen_AndTheWorkflowResumesFromTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sx-workflow-{Guid.NewGuid():N}.db");
        try
        {
            using (var store = new SqliteListingStore(path))
            {
                store.Save(Food);
                MoveToQueries(new ApplicationWorkflow(Food, Bis, store));
            }
            using (var reopened = new SqliteListingStore(path))
            {
                var resumed = ApplicationWorkflow.Resume(Food, Bis, reopened);
                Assert.Equal(ApplicationState.QueriesOpen, resumed.State);
                Assert.Equal(D("2026-08-31"), resumed.QueryDeadline);
                Assert.Equal(6, resumed.History.Count);
                Assert.Equal(("committee", "baseline of KPI 2 unclear"), (resumed.History[^1].Actor, resumed.History[^1].Reason));
                Assert.Equal(6, reopened.AuditTrail(Food.Id).Count(a => a.Kind == "workflow"));

                // It goes on from there, and the next transition is stored too.
                Accept(resumed, new WorkflowCommand(WorkflowAction.AnswerQueries, "applicant", T0.AddDays(40)));
                Assert.Equal(ApplicationState.Review, reopened.LoadWorkflow(Food.Id)!.State.State);
                Assert.Null(reopened.LoadWorkflow(Food.Id)!.State.QueryDeadline);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("workflow")]
    [InlineData("transition")]
    public void StoreFailsMidTransition_NothingChangesInTheStoreOrTheWorkflow(string failAt)
    {
        using var store = SqliteListingStore.InMemory();
        store.Save(Food);
        var workflow = new ApplicationWorkflow(Food, Bis, store);
        Accept(workflow, new WorkflowCommand(WorkflowAction.SubmitForScreening, "applicant", T0));
        store.BetweenSteps = step => { if (step == failAt) throw new IOException("disk full (simulated)"); };

        Assert.Throws<IOException>(() => workflow.Apply(new WorkflowCommand(WorkflowAction.Withdraw, "applicant", T0.AddDays(1), "changed plans")));

        Assert.Equal(ApplicationState.EligibilityScreen, workflow.State);
        Assert.Single(workflow.History);
        var stored = store.LoadWorkflow(Food.Id)!;
        Assert.Equal(ApplicationState.EligibilityScreen, stored.State.State);
        Assert.Single(stored.History);
        Assert.Single(store.AuditTrail(Food.Id));
    }

    [Fact]
    public void ApplicationNotStored_TransitionRefusedWithAClearError()
    {
        using var store = SqliteListingStore.InMemory();
        var workflow = new ApplicationWorkflow(Food, Bis, store);
        var error = Assert.Throws<InvalidOperationException>(() => workflow.Apply(new WorkflowCommand(WorkflowAction.SubmitForScreening, "applicant", T0)));
        Assert.Contains($"application '{Food.Id}' is not stored", error.Message);
        Assert.Equal(ApplicationState.Draft, workflow.State);
    }

    [Fact]
    public void ResumeUnderAnotherRulebook_OrStartAgain_Refused()
    {
        using var store = SqliteListingStore.InMemory();
        store.Save(Food);
        Accept(new ApplicationWorkflow(Food, Bis, store), new WorkflowCommand(WorkflowAction.SubmitForScreening, "applicant", T0));

        var other = Assert.Throws<InvalidOperationException>(() => ApplicationWorkflow.Resume(Food, Egm, store));
        Assert.Contains($"is under rulebook {Bis.Id} {Bis.Version}, not {Egm.Id} {Egm.Version}", other.Message);
        Assert.Throws<InvalidOperationException>(() => new ApplicationWorkflow(Food, Bis, store));
        Assert.Throws<InvalidOperationException>(() => ApplicationWorkflow.Resume(Demo("health-care"), Bis, store));
    }

    [Fact]
    public void Migrations_IncludeTheWorkflowTables()
    {
        using var store = SqliteListingStore.InMemory();
        Assert.Equal([1, 2, 3], store.AppliedMigrations);
    }
}
