using SocialExchange.Matching.Commands;

namespace SocialExchange.Listing.CorporateActions;

/// <summary>
/// What Listing asks the engine to do for a corporate action or a fee: the journaled <see cref="AccountCommand"/>
/// and a sentence a committee member reads, or, when the action does not apply, no command and the reason.
/// </summary>
public sealed record CorporateAction(AccountCommand? Command, string Description)
{
    /// <summary>True when there is a command to send.</summary>
    public bool Applies => Command is not null;
}
