namespace SocialExchange.Listing.Workflow;

/// <summary>What someone does to an application; each action is legal from some states only.</summary>
public enum WorkflowAction : byte
{
    SubmitForScreening = 1,
    PassScreening = 2,
    FailScreening = 3,
    CompleteImpactDesign = 4,
    CompleteGapAnalysis = 5,
    SubmitForReview = 6,
    RaiseQueries = 7,
    ExtendQueryDeadline = 8,
    AnswerQueries = 9,
    Approve = 10,
    Reject = 11,
    OpenOffer = 12,
    CloseOffer = 13,
    Admit = 14,
    Refund = 15,
    Redraft = 16,
    Withdraw = 17,
}
