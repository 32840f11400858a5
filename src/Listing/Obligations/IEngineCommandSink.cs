using SocialExchange.Matching.Commands;

namespace SocialExchange.Listing.Obligations;

/// <summary>
/// Where Listing sends engine commands (a suspension's halt). The host routes them into the engine's inbound ring, so
/// Listing never calls the engine on its matching thread.
/// </summary>
public interface IEngineCommandSink
{
    /// <summary>Queues a phase change for the engine.</summary>
    void Submit(in SetPhase command);
}
