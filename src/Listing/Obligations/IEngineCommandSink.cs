using SocialExchange.Matching.Commands;

namespace SocialExchange.Listing.Obligations;

/// <summary>
/// Where Listing sends engine commands (a suspension's halt, a coupon, a fee). The host routes them into the
/// engine's inbound ring, so Listing never calls the engine on its matching thread and the journal holds them all.
/// </summary>
public interface IEngineCommandSink
{
    /// <summary>Queues a phase change for the engine.</summary>
    void Submit(in SetPhase command);

    /// <summary>Queues an account command (a distribution or a fee; see <c>CorporateActionPlanner</c>).</summary>
    void Submit(in AccountCommand command);
}
