namespace SocialExchange.Listing.Workflow;

/// <summary>One recorded transition: from, to, by which action, who, when, why, under which rulebook version.</summary>
public sealed record TransitionRecord(
    ApplicationState From,
    ApplicationState To,
    WorkflowAction Action,
    string Actor,
    DateTimeOffset At,
    string? Reason,
    string RulebookId,
    string RulebookVersion);
