namespace SocialExchange.Listing.Workflow;

/// <summary>The outcome of a workflow command: the recorded transition, or the refusal with a sentence.</summary>
public sealed record TransitionResult(TransitionRecord? Transition, WorkflowRefusal Refusal, string Message)
{
    /// <summary>True when the transition happened.</summary>
    public bool Accepted => Transition is not null;

    public static TransitionResult Refused(WorkflowRefusal refusal, string message) => new(null, refusal, message);
}
