namespace SocialExchange.Listing.Workflow;

/// <summary>A workflow as a store returns it: its state and every transition that led there, oldest first.</summary>
public sealed record StoredWorkflow(WorkflowState State, IReadOnlyList<TransitionRecord> History);
