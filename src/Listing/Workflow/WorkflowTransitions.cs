namespace SocialExchange.Listing.Workflow;

/// <summary>
/// The legal transitions, in one table: (from, action) → to. Withdraw is legal from every state that is not
/// terminal and is added separately. Everything else is illegal.
/// </summary>
/// <remarks>
/// Follows domain brief §6.2 [I]: screening, impact design, readiness gaps, admission document, review with a
/// query loop, approval, offer, then listing, or refund and back to draft. The committee may reject at screening,
/// in review or while queries are open.
/// </remarks>
public static class WorkflowTransitions
{
    private static readonly Dictionary<(ApplicationState, WorkflowAction), ApplicationState> Table = new()
    {
        [(ApplicationState.Draft, WorkflowAction.SubmitForScreening)] = ApplicationState.EligibilityScreen,
        [(ApplicationState.EligibilityScreen, WorkflowAction.PassScreening)] = ApplicationState.ImpactDesign,
        [(ApplicationState.EligibilityScreen, WorkflowAction.FailScreening)] = ApplicationState.Rejected,
        [(ApplicationState.ImpactDesign, WorkflowAction.CompleteImpactDesign)] = ApplicationState.ReadinessGapAnalysis,
        [(ApplicationState.ReadinessGapAnalysis, WorkflowAction.CompleteGapAnalysis)] = ApplicationState.AdmissionDocumentDrafting,
        [(ApplicationState.AdmissionDocumentDrafting, WorkflowAction.SubmitForReview)] = ApplicationState.Review,
        [(ApplicationState.Review, WorkflowAction.RaiseQueries)] = ApplicationState.QueriesOpen,
        [(ApplicationState.QueriesOpen, WorkflowAction.ExtendQueryDeadline)] = ApplicationState.QueriesOpen,
        [(ApplicationState.QueriesOpen, WorkflowAction.AnswerQueries)] = ApplicationState.Review,
        [(ApplicationState.QueriesOpen, WorkflowAction.Reject)] = ApplicationState.Rejected,
        [(ApplicationState.Review, WorkflowAction.Approve)] = ApplicationState.ApprovedForOffer,
        [(ApplicationState.Review, WorkflowAction.Reject)] = ApplicationState.Rejected,
        [(ApplicationState.ApprovedForOffer, WorkflowAction.OpenOffer)] = ApplicationState.OfferOpen,
        [(ApplicationState.OfferOpen, WorkflowAction.CloseOffer)] = ApplicationState.OfferClosed,
        [(ApplicationState.OfferClosed, WorkflowAction.Admit)] = ApplicationState.Listed,
        [(ApplicationState.OfferClosed, WorkflowAction.Refund)] = ApplicationState.Refunded,
        [(ApplicationState.Refunded, WorkflowAction.Redraft)] = ApplicationState.Draft,
    };

    /// <summary>True for listed, withdrawn and rejected.</summary>
    public static bool IsTerminal(ApplicationState state) =>
        state is ApplicationState.Listed or ApplicationState.Withdrawn or ApplicationState.Rejected;

    /// <summary>The state <paramref name="action"/> leads to from <paramref name="from"/>, or null when illegal.</summary>
    public static ApplicationState? Target(ApplicationState from, WorkflowAction action)
    {
        if (IsTerminal(from)) return null;
        if (action == WorkflowAction.Withdraw) return ApplicationState.Withdrawn;
        return Table.TryGetValue((from, action), out var to) ? to : null;
    }

    /// <summary>The actions legal from <paramref name="from"/>.</summary>
    public static IReadOnlyList<WorkflowAction> LegalFrom(ApplicationState from) =>
        Enum.GetValues<WorkflowAction>().Where(a => Target(from, a) is not null).ToList();
}
