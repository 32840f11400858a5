using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Workflow;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Workflow;

/// <summary>Every legal and every illegal transition of the application workflow, and the guards on the legal ones.</summary>
public sealed class ApplicationWorkflowTests
{
    private static readonly ListingApplication Food = Demo("societa-benefit-food");   // eligible under BIS, minimum subscription 70%
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The legal transitions, written out independently of the implementation's table.</summary>
    private const string Legal = """
        Draft                     SubmitForScreening   EligibilityScreen
        EligibilityScreen         PassScreening        ImpactDesign
        EligibilityScreen         FailScreening        Rejected
        ImpactDesign              CompleteImpactDesign ReadinessGapAnalysis
        ReadinessGapAnalysis      CompleteGapAnalysis  AdmissionDocumentDrafting
        AdmissionDocumentDrafting SubmitForReview      Review
        Review                    RaiseQueries         QueriesOpen
        Review                    Approve              ApprovedForOffer
        Review                    Reject               Rejected
        QueriesOpen               ExtendQueryDeadline  QueriesOpen
        QueriesOpen               AnswerQueries        Review
        QueriesOpen               Reject               Rejected
        ApprovedForOffer          OpenOffer            OfferOpen
        OfferOpen                 CloseOffer           OfferClosed
        OfferClosed               Admit                Listed
        OfferClosed               Refund               Refunded
        Refunded                  Redraft              Draft
        """;

    private static readonly ApplicationState[] Terminal = [ApplicationState.Listed, ApplicationState.Withdrawn, ApplicationState.Rejected];

    private static Dictionary<(ApplicationState, WorkflowAction), ApplicationState> ExpectedTable()
    {
        var table = Legal.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => (Enum.Parse<ApplicationState>(p[0]), Enum.Parse<WorkflowAction>(p[1])), p => Enum.Parse<ApplicationState>(p[2]));
        foreach (var state in Enum.GetValues<ApplicationState>().Except(Terminal))
            table[(state, WorkflowAction.Withdraw)] = ApplicationState.Withdrawn;
        return table;
    }

    public static TheoryData<ApplicationState, WorkflowAction> AllPairs()
    {
        var data = new TheoryData<ApplicationState, WorkflowAction>();
        foreach (var state in Enum.GetValues<ApplicationState>())
        foreach (var action in Enum.GetValues<WorkflowAction>())
            data.Add(state, action);
        return data;
    }

    /// <summary>A command that satisfies every guard of <paramref name="action"/>, so only legality decides.</summary>
    private static WorkflowCommand ValidCommand(WorkflowAction action, ListingApplication application) => action switch
    {
        WorkflowAction.PassScreening => new(action, "committee", T0, Screening: RulebookEvaluator.Evaluate(application, Bis, D("2026-06-30"))),
        WorkflowAction.FailScreening => new(action, "committee", T0, "capital companies only",
            Screening: RulebookEvaluator.Evaluate(Demo("social-cooperative") with { Id = application.Id }, Bis, D("2026-06-30"))),
        WorkflowAction.RaiseQueries => new(action, "reviewer", T0, "baseline sources unclear", QueryDeadline: D("2026-07-31")),
        WorkflowAction.ExtendQueryDeadline => new(action, "committee", T0, QueryDeadline: D("2026-09-30")),
        WorkflowAction.CloseOffer => new(action, "registrar", T0, SubscribedPct: 90),
        _ => new(action, "someone", T0, "because"),
    };

    private static ApplicationWorkflow In(ApplicationState state, decimal? subscribed = 90) =>
        new(Food, Bis, state, queryDeadline: D("2026-07-31"), subscribedPct: state == ApplicationState.OfferClosed ? subscribed : null);

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Apply_EveryStateAndAction_LegalOnesMoveIllegalOnesAreRefused(ApplicationState state, WorkflowAction action)
    {
        // Refund is legal only when the minimum was missed; Admit only when met.
        var workflow = In(state, subscribed: action == WorkflowAction.Refund ? 40 : 90);
        var result = workflow.Apply(ValidCommand(action, Food));

        if (ExpectedTable().TryGetValue((state, action), out var to))
        {
            Assert.True(result.Accepted, result.Message);
            Assert.Equal(to, workflow.State);
            var record = Assert.Single(workflow.History);
            Assert.Equal((state, to, action, "bis", "2026.1"), (record.From, record.To, record.Action, record.RulebookId, record.RulebookVersion));
        }
        else
        {
            Assert.False(result.Accepted);
            Assert.Equal(Terminal.Contains(state) ? WorkflowRefusal.Terminal : WorkflowRefusal.IllegalTransition, result.Refusal);
            Assert.Equal(state, workflow.State);
            Assert.Empty(workflow.History);
            Assert.False(string.IsNullOrWhiteSpace(result.Message));
        }
    }

    [Fact]
    public void Apply_IllegalTransition_MessageNamesWhatIsPossible()
    {
        var result = new ApplicationWorkflow(Food, Bis).Apply(new WorkflowCommand(WorkflowAction.Approve, "committee", T0));
        Assert.Equal("Approve is not possible while the application is draft; possible: submit for screening, withdraw.", result.Message);
    }

    [Fact]
    public void HappyPath_DraftToListed_RecordsWhoWhenWhyAndRulebookVersion()
    {
        var workflow = new ApplicationWorkflow(Food, Bis);
        var screening = RulebookEvaluator.Evaluate(Food, Bis, D("2026-06-30"));
        WorkflowCommand[] commands =
        [
            new(WorkflowAction.SubmitForScreening, "applicant", T0),
            new(WorkflowAction.PassScreening, "committee", T0.AddDays(3), "all criteria met", Screening: screening),
            new(WorkflowAction.CompleteImpactDesign, "impact advisor", T0.AddDays(20)),
            new(WorkflowAction.CompleteGapAnalysis, "advisor", T0.AddDays(30)),
            new(WorkflowAction.SubmitForReview, "applicant", T0.AddDays(60)),
            new(WorkflowAction.RaiseQueries, "reviewer", T0.AddDays(70), "baseline of KPI farmer-income", QueryDeadline: D("2026-09-30")),
            new(WorkflowAction.AnswerQueries, "applicant", T0.AddDays(80)),
            new(WorkflowAction.Approve, "committee", T0.AddDays(90), "approved at the October meeting"),
            new(WorkflowAction.OpenOffer, "advisor", T0.AddDays(100)),
            new(WorkflowAction.CloseOffer, "registrar", T0.AddDays(110), SubscribedPct: 70),   // exactly the 70% minimum
            new(WorkflowAction.Admit, "committee", T0.AddDays(111)),
        ];
        foreach (var command in commands) Assert.True(workflow.Apply(command).Accepted, command.Action.ToString());

        Assert.Equal(ApplicationState.Listed, workflow.State);
        Assert.Equal(commands.Length, workflow.History.Count);
        var approval = workflow.History[7];
        Assert.Equal(("committee", T0.AddDays(90), "approved at the October meeting", "2026.1"), (approval.Actor, approval.At, approval.Reason, approval.RulebookVersion));
        Assert.Equal(WorkflowRefusal.Terminal, workflow.Apply(new WorkflowCommand(WorkflowAction.Withdraw, "applicant", T0.AddDays(200), "changed mind")).Refusal);
    }

    [Fact]
    public void MinimumSubscriptionMissed_RefundThenRedraft_AdmitRefused()
    {
        var workflow = In(ApplicationState.OfferClosed, subscribed: 69.99m);
        var admit = workflow.Apply(new WorkflowCommand(WorkflowAction.Admit, "committee", T0));
        Assert.Equal(WorkflowRefusal.MinimumSubscription, admit.Refusal);
        Assert.Contains("must be refunded", admit.Message);
        Assert.True(workflow.Apply(new WorkflowCommand(WorkflowAction.Refund, "registrar", T0)).Accepted);
        Assert.True(workflow.Apply(new WorkflowCommand(WorkflowAction.Redraft, "applicant", T0.AddDays(1))).Accepted);
        Assert.Equal(ApplicationState.Draft, workflow.State);
        Assert.Null(workflow.SubscribedPct);
    }

    [Fact]
    public void Refund_WhenMinimumMet_Refused() =>
        Assert.Equal(WorkflowRefusal.MinimumSubscription, In(ApplicationState.OfferClosed, subscribed: 70).Apply(new WorkflowCommand(WorkflowAction.Refund, "registrar", T0)).Refusal);

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    public void CloseOffer_SubscriptionOutOfRange_Refused(double pct) =>
        Assert.Equal(WorkflowRefusal.InvalidSubscription, In(ApplicationState.OfferOpen).Apply(new WorkflowCommand(WorkflowAction.CloseOffer, "registrar", T0, SubscribedPct: (decimal)pct)).Refusal);

    [Fact]
    public void Queries_AnsweredOnDeadline_Accepted_AfterDeadline_RefusedUntilExtended()
    {
        var onTime = In(ApplicationState.QueriesOpen);
        Assert.True(onTime.Apply(new WorkflowCommand(WorkflowAction.AnswerQueries, "applicant", new DateTimeOffset(2026, 7, 31, 23, 0, 0, TimeSpan.Zero))).Accepted);

        var late = In(ApplicationState.QueriesOpen);
        var answer = new WorkflowCommand(WorkflowAction.AnswerQueries, "applicant", new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero));
        var refused = late.Apply(answer);
        Assert.Equal(WorkflowRefusal.DeadlinePassed, refused.Refusal);
        Assert.Contains("after the deadline of 2026-07-31", refused.Message);
        Assert.Equal(WorkflowRefusal.InvalidDeadline, late.Apply(new WorkflowCommand(WorkflowAction.ExtendQueryDeadline, "committee", T0, QueryDeadline: D("2026-07-31"))).Refusal);
        Assert.True(late.Apply(new WorkflowCommand(WorkflowAction.ExtendQueryDeadline, "committee", T0, QueryDeadline: D("2026-08-15"))).Accepted);
        Assert.True(late.Apply(answer).Accepted);
    }

    [Fact]
    public void RaiseQueries_DeadlineNotInFuture_Refused() =>
        Assert.Equal(WorkflowRefusal.InvalidDeadline, In(ApplicationState.Review).Apply(new WorkflowCommand(WorkflowAction.RaiseQueries, "reviewer", T0, "why", QueryDeadline: D("2026-06-30"))).Refusal);

    [Theory]
    [InlineData(WorkflowAction.Reject, ApplicationState.Review)]
    [InlineData(WorkflowAction.Withdraw, ApplicationState.Draft)]
    [InlineData(WorkflowAction.FailScreening, ApplicationState.EligibilityScreen)]
    [InlineData(WorkflowAction.RaiseQueries, ApplicationState.Review)]
    public void ReasonRequired(WorkflowAction action, ApplicationState state) =>
        Assert.Equal(WorkflowRefusal.ReasonRequired, In(state).Apply(ValidCommand(action, Food) with { Reason = " " }).Refusal);

    [Fact]
    public void ActorRequired_And_TimeMustNotGoBack()
    {
        var workflow = new ApplicationWorkflow(Food, Bis);
        Assert.Equal(WorkflowRefusal.ActorRequired, workflow.Apply(new WorkflowCommand(WorkflowAction.SubmitForScreening, "", T0)).Refusal);
        Assert.True(workflow.Apply(new WorkflowCommand(WorkflowAction.SubmitForScreening, "applicant", T0)).Accepted);
        var earlier = workflow.Apply(new WorkflowCommand(WorkflowAction.Withdraw, "applicant", T0.AddMinutes(-1), "oops"));
        Assert.Equal(WorkflowRefusal.TimeWentBackwards, earlier.Refusal);
    }

    [Fact]
    public void Screening_MustMatchApplicationRulebookAndVerdict()
    {
        var screen = () => In(ApplicationState.EligibilityScreen);
        var eligible = RulebookEvaluator.Evaluate(Food, Bis, D("2026-06-30"));
        Assert.Equal(WorkflowRefusal.ScreeningMismatch, screen().Apply(new WorkflowCommand(WorkflowAction.PassScreening, "committee", T0)).Refusal);
        Assert.Equal(WorkflowRefusal.ScreeningMismatch, screen().Apply(new WorkflowCommand(WorkflowAction.PassScreening, "committee", T0,
            Screening: RulebookEvaluator.Evaluate(Food, Egm, D("2026-06-30")))).Refusal);             // another rulebook
        Assert.Equal(WorkflowRefusal.ScreeningMismatch, screen().Apply(new WorkflowCommand(WorkflowAction.PassScreening, "committee", T0,
            Screening: RulebookEvaluator.Evaluate(Demo("health-care"), Bis, D("2026-06-30")))).Refusal); // another application
        Assert.Equal(WorkflowRefusal.ScreeningMismatch, screen().Apply(new WorkflowCommand(WorkflowAction.FailScreening, "committee", T0, "no", Screening: eligible)).Refusal);

        var failing = RulebookEvaluator.Evaluate(Demo("health-care") with { Id = Food.Id }, Bis, D("2026-06-30"));
        var refused = screen().Apply(new WorkflowCommand(WorkflowAction.PassScreening, "committee", T0, Screening: failing));
        Assert.Equal("The screening found failures (BIS-E2, BIS-E4, BIS-E7); it cannot pass.", refused.Message);
    }

    [Fact]
    public void Screening_Incomplete_NeitherPassNorFail()
    {
        var incomplete = RulebookEvaluator.Evaluate(Demo("societa-benefit-food"), India, D("2026-06-30"));
        Assert.Equal(EvaluationVerdict.Incomplete, incomplete.Verdict);
        var workflow = new ApplicationWorkflow(Food, India, ApplicationState.EligibilityScreen);
        var pass = workflow.Apply(new WorkflowCommand(WorkflowAction.PassScreening, "committee", T0, Screening: incomplete));
        Assert.Equal(WorkflowRefusal.ScreeningMismatch, pass.Refusal);
        Assert.Contains("incomplete (missing evidence: IND-D2P)", pass.Message);
        Assert.Equal(WorkflowRefusal.ScreeningMismatch, workflow.Apply(new WorkflowCommand(WorkflowAction.FailScreening, "committee", T0, "x", Screening: incomplete)).Refusal);
    }
}
