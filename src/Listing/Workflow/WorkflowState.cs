namespace SocialExchange.Listing.Workflow;

/// <summary>Where one application's workflow stands: what a store keeps to resume it.</summary>
public sealed record WorkflowState(
    string ApplicationId,
    string RulebookId,
    string RulebookVersion,
    ApplicationState State,
    DateOnly? QueryDeadline,
    decimal? SubscribedPct);
