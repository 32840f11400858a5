namespace SocialExchange.Listing.Workflow;

/// <summary>Why a workflow command was refused (a result code, not an exception: refusals are normal business).</summary>
public enum WorkflowRefusal : byte
{
    None = 0,

    /// <summary>The action is not legal from the current state.</summary>
    IllegalTransition = 1,

    /// <summary>The application is listed, withdrawn or rejected.</summary>
    Terminal = 2,

    /// <summary>No actor named.</summary>
    ActorRequired = 3,

    /// <summary>The action needs a reason and none was given.</summary>
    ReasonRequired = 4,

    /// <summary>The command is dated before the last recorded transition.</summary>
    TimeWentBackwards = 5,

    /// <summary>The screening evidence is missing, for another application or rulebook version, or contradicts the action.</summary>
    ScreeningMismatch = 6,

    /// <summary>A query deadline is missing or not after the command's date (or, when extending, not later than the current one).</summary>
    InvalidDeadline = 7,

    /// <summary>The answers came after the query deadline.</summary>
    DeadlinePassed = 8,

    /// <summary>CloseOffer without a subscription between 0 and 100%.</summary>
    InvalidSubscription = 9,

    /// <summary>Admit with the minimum subscription missed, or Refund with it met.</summary>
    MinimumSubscription = 10,
}
