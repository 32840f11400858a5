using SocialExchange.Listing.Evaluation;

namespace SocialExchange.Listing.Workflow;

/// <summary>
/// A request to move an application: the action, who asks, when (given, never read from a clock) and why, with the
/// evidence some actions need.
/// </summary>
/// <param name="Action">What to do.</param>
/// <param name="Actor">Who does it (committee member, applicant, advisor).</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why; required for rejections, withdrawals, failed screenings and queries.</param>
/// <param name="Screening">PassScreening and FailScreening: the evaluation against the workflow's rulebook.</param>
/// <param name="QueryDeadline">RaiseQueries and ExtendQueryDeadline: the day the answers are due.</param>
/// <param name="SubscribedPct">CloseOffer: share of the offer subscribed, 0–100.</param>
public sealed record WorkflowCommand(
    WorkflowAction Action,
    string Actor,
    DateTimeOffset At,
    string? Reason = null,
    RulebookEvaluation? Screening = null,
    DateOnly? QueryDeadline = null,
    decimal? SubscribedPct = null);
