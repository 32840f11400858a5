using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Workflow;

/// <summary>
/// The path of one application to listing, under one rulebook version. Every accepted command becomes a
/// <see cref="TransitionRecord"/> (who, when, why, rulebook version); an illegal or unsupported command is
/// refused with a <see cref="WorkflowRefusal"/> and a sentence, and changes nothing. With an
/// <see cref="IWorkflowStore"/> each transition is stored (with its audit entry) before it is accepted, and
/// <see cref="Resume"/> picks the workflow up again. Not thread-safe: one application is moved by one caller at a time.
/// </summary>
public sealed class ApplicationWorkflow
{
    private readonly List<TransitionRecord> _history = [];
    private readonly IWorkflowStore? _store;

    /// <summary>Starts an application in <see cref="ApplicationState.Draft"/>, storing every transition in <paramref name="store"/>.</summary>
    public ApplicationWorkflow(ListingApplication application, Rulebook rulebook, IWorkflowStore store)
        : this(application, rulebook, ApplicationState.Draft)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.LoadWorkflow(application.Id) is not null)
            throw new InvalidOperationException($"application '{application.Id}' already has a stored workflow; resume it instead of starting again");
        _store = store;
    }

    /// <summary>
    /// Picks up the stored workflow of <paramref name="application"/>: its state, deadline, subscription and history.
    /// The rulebook must be the one it was started under (id and version); another is an error naming both.
    /// </summary>
    public static ApplicationWorkflow Resume(ListingApplication application, Rulebook rulebook, IWorkflowStore store)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(store);
        var stored = store.LoadWorkflow(application.Id)
            ?? throw new InvalidOperationException($"application '{application.Id}' has no stored workflow");
        var s = stored.State;
        if (s.RulebookId != rulebook.Id || s.RulebookVersion != rulebook.Version)
            throw new InvalidOperationException(
                $"application '{application.Id}' is under rulebook {s.RulebookId} {s.RulebookVersion}, not {rulebook.Id} {rulebook.Version}");
        var workflow = new ApplicationWorkflow(application, rulebook, s.State, s.QueryDeadline, s.SubscribedPct, store);
        workflow._history.AddRange(stored.History);
        return workflow;
    }

    /// <summary>Starts an application in <see cref="ApplicationState.Draft"/> under <paramref name="rulebook"/>.</summary>
    public ApplicationWorkflow(ListingApplication application, Rulebook rulebook)
        : this(application, rulebook, ApplicationState.Draft)
    {
    }

    /// <summary>Restores a workflow in <paramref name="state"/> (for stores and tests); history starts empty.</summary>
    internal ApplicationWorkflow(ListingApplication application, Rulebook rulebook, ApplicationState state,
        DateOnly? queryDeadline = null, decimal? subscribedPct = null, IWorkflowStore? store = null)
    {
        _store = store;
        QueryDeadline = queryDeadline;
        SubscribedPct = subscribedPct;
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(rulebook);
        Application = application;
        RulebookId = rulebook.Id;
        RulebookVersion = rulebook.Version;
        State = state;
    }

    /// <summary>The application being moved.</summary>
    public ListingApplication Application { get; }

    /// <summary>Rulebook the application is screened and reviewed under.</summary>
    public string RulebookId { get; }

    /// <summary>Version of that rulebook, recorded on every transition.</summary>
    public string RulebookVersion { get; }

    /// <summary>Where the application stands.</summary>
    public ApplicationState State { get; private set; }

    /// <summary>While queries are open: the day answers are due.</summary>
    public DateOnly? QueryDeadline { get; private set; }

    /// <summary>After the offer closed: the share subscribed, 0–100.</summary>
    public decimal? SubscribedPct { get; private set; }

    /// <summary>Every accepted transition, oldest first.</summary>
    public IReadOnlyList<TransitionRecord> History => _history;

    /// <summary>Applies <paramref name="command"/>: records the transition, or refuses it and changes nothing.</summary>
    public TransitionResult Apply(WorkflowCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (WorkflowTransitions.IsTerminal(State))
            return TransitionResult.Refused(WorkflowRefusal.Terminal, $"The application is {Words(State)}; nothing more can happen to it.");
        if (WorkflowTransitions.Target(State, command.Action) is not { } to)
            return TransitionResult.Refused(WorkflowRefusal.IllegalTransition,
                $"{Evaluation.Words.Capitalise(Words(command.Action))} is not possible while the application is {Words(State)}; possible: {string.Join(", ", WorkflowTransitions.LegalFrom(State).Select(Words))}.");
        if (string.IsNullOrWhiteSpace(command.Actor))
            return TransitionResult.Refused(WorkflowRefusal.ActorRequired, "Every transition names who makes it.");
        if (_history.Count > 0 && command.At < _history[^1].At)
            return TransitionResult.Refused(WorkflowRefusal.TimeWentBackwards, $"The command is dated {command.At:O}, before the last transition at {_history[^1].At:O}.");
        if (NeedsReason(command.Action) && string.IsNullOrWhiteSpace(command.Reason))
            return TransitionResult.Refused(WorkflowRefusal.ReasonRequired, $"{Evaluation.Words.Capitalise(Words(command.Action))} needs a reason.");
        if (Guard(command) is { } refusal) return refusal;

        var record = new TransitionRecord(State, to, command.Action, command.Actor, command.At, command.Reason, RulebookId, RulebookVersion);
        var deadline = command.Action switch
        {
            WorkflowAction.RaiseQueries or WorkflowAction.ExtendQueryDeadline => command.QueryDeadline,
            WorkflowAction.AnswerQueries => null,
            _ => QueryDeadline,
        };
        var subscribed = command.Action switch
        {
            WorkflowAction.CloseOffer => command.SubscribedPct,
            WorkflowAction.Redraft => null,
            _ => SubscribedPct,
        };
        // Stored first: if the store fails, the exception leaves this workflow as it was.
        _store?.SaveTransition(new WorkflowState(Application.Id, RulebookId, RulebookVersion, to, deadline, subscribed), record);
        QueryDeadline = deadline;
        SubscribedPct = subscribed;
        State = to;
        _history.Add(record);
        return new TransitionResult(record, WorkflowRefusal.None, $"{Evaluation.Words.Capitalise(Words(record.From))} → {Words(record.To)} by {command.Actor}.");
    }

    private static bool NeedsReason(WorkflowAction action) =>
        action is WorkflowAction.Reject or WorkflowAction.Withdraw or WorkflowAction.FailScreening or WorkflowAction.RaiseQueries;

    private TransitionResult? Guard(WorkflowCommand command)
    {
        var day = DateOnly.FromDateTime(command.At.DateTime);
        switch (command.Action)
        {
            case WorkflowAction.PassScreening or WorkflowAction.FailScreening:
                return GuardScreening(command.Action, command.Screening);
            case WorkflowAction.RaiseQueries when command.QueryDeadline is not { } deadline || deadline <= day:
                return TransitionResult.Refused(WorkflowRefusal.InvalidDeadline, $"Queries need a deadline after {Amounts.Date(day)}.");
            case WorkflowAction.ExtendQueryDeadline when command.QueryDeadline is not { } extended || extended <= QueryDeadline:
                return TransitionResult.Refused(WorkflowRefusal.InvalidDeadline, $"An extension needs a deadline after the current one, {Amounts.Date(QueryDeadline!.Value)}.");
            case WorkflowAction.AnswerQueries when day > QueryDeadline:
                return TransitionResult.Refused(WorkflowRefusal.DeadlinePassed,
                    $"The answers are dated {Amounts.Date(day)}, after the deadline of {Amounts.Date(QueryDeadline!.Value)}; the committee may extend it or reject.");
            case WorkflowAction.CloseOffer when command.SubscribedPct is not (>= 0 and <= 100):
                return TransitionResult.Refused(WorkflowRefusal.InvalidSubscription, "Closing the offer records the share subscribed, 0 to 100%.");
            case WorkflowAction.Admit when !MinimumMet():
                return TransitionResult.Refused(WorkflowRefusal.MinimumSubscription,
                    $"{SubscribedPct}% was subscribed, below the minimum of {MinimumPct}%: the offer must be refunded.");
            case WorkflowAction.Refund when MinimumMet():
                return TransitionResult.Refused(WorkflowRefusal.MinimumSubscription,
                    $"{SubscribedPct}% was subscribed, meeting the minimum of {MinimumPct}%: there is nothing to refund.");
            default:
                return null;
        }
    }

    /// <summary>The minimum subscription; an offer that states none needs any subscription at all.</summary>
    private decimal MinimumPct => Application.Offer.MinimumSubscriptionPct ?? 0;

    private bool MinimumMet() => SubscribedPct is { } s && s > 0 && s >= MinimumPct;

    private TransitionResult? GuardScreening(WorkflowAction action, RulebookEvaluation? screening)
    {
        if (screening is null)
            return TransitionResult.Refused(WorkflowRefusal.ScreeningMismatch, "The screening decision needs the rulebook evaluation it rests on.");
        if (screening.ApplicationId != Application.Id || screening.RulebookId != RulebookId || screening.RulebookVersion != RulebookVersion)
            return TransitionResult.Refused(WorkflowRefusal.ScreeningMismatch,
                $"The evaluation is of {screening.ApplicationId} under {screening.RulebookId} {screening.RulebookVersion}, not of {Application.Id} under {RulebookId} {RulebookVersion}.");
        var expected = action == WorkflowAction.PassScreening ? EvaluationVerdict.Eligible : EvaluationVerdict.NotEligible;
        if (screening.Verdict == expected) return null;
        var open = screening.Results.Where(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.MissingEvidence).Select(r => r.RuleId);
        return TransitionResult.Refused(WorkflowRefusal.ScreeningMismatch, screening.Verdict switch
        {
            EvaluationVerdict.Incomplete => $"The screening is incomplete (missing evidence: {string.Join(", ", open)}); complete the application first.",
            EvaluationVerdict.NotEligible => $"The screening found failures ({string.Join(", ", screening.Results.Where(r => r.Outcome == RuleOutcome.Fail).Select(r => r.RuleId))}); it cannot pass.",
            _ => "The screening found the application eligible; it cannot fail.",
        });
    }

    private static string Words<T>(T value) where T : struct, Enum => Evaluation.Words.Humanize(Yaml.YamlView.SnakeCase(value));
}
