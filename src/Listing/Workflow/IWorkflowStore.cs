namespace SocialExchange.Listing.Workflow;

/// <summary>
/// Where a workflow writes each transition as it happens. <see cref="SaveTransition"/> stores the transition, the
/// state it leads to and its audit entry in one transaction, and throws when it cannot (the workflow then keeps
/// its previous state: a transition is accepted only once stored).
/// </summary>
public interface IWorkflowStore
{
    /// <summary>Stores <paramref name="transition"/> and the state <paramref name="after"/> it, with its audit entry; all or nothing.</summary>
    void SaveTransition(WorkflowState after, TransitionRecord transition);

    /// <summary>The stored workflow of an application, or null when it has none.</summary>
    StoredWorkflow? LoadWorkflow(string applicationId);
}
