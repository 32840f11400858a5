using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Workflow;

/// <summary>
/// The path of one application to listing, under one rulebook version. Every accepted command becomes a
/// <see cref="TransitionRecord"/> (who, when, why, rulebook version); an illegal or unsupported command is
/// refused with a <see cref="WorkflowRefusal"/> and a sentence, and changes nothing. Not thread-safe: one
/// application is moved by one caller at a time.
/// </summary>
public sealed class ApplicationWorkflow
{
    private readonly List<TransitionRecord> _history = [];

    /// <summary>Starts an application in <see cref="ApplicationState.Draft"/> under <paramref name="rulebook"/>.</summary>
    public ApplicationWorkflow(ListingApplication application, Rulebook rulebook)
        : this(application, rulebook, ApplicationState.Draft)
    {
    }

    /// <summary>Restores a workflow in <paramref name="state"/> (for stores and tests); history starts empty.</summary>
    internal ApplicationWorkflow(ListingApplication application, Rulebook rulebook, ApplicationState state,
        DateOnly? queryDeadline = null, decimal? subscribedPct = null)
    {
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
        switch (command.Action)
        {
            case WorkflowAction.RaiseQueries or WorkflowAction.ExtendQueryDeadline: QueryDeadline = command.QueryDeadline; break;
            case WorkflowAction.AnswerQueries: QueryDeadline = null; break;
            case WorkflowAction.CloseOffer: SubscribedPct = command.SubscribedPct; break;
            case WorkflowAction.Redraft: SubscribedPct = null; break;
        }
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
