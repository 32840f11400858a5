using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// The matching thread's record of how one command ended, written to the outbound ring after the command's events.
/// The fan-out stage turns it into the caller's acknowledgement once the command is durable.
/// </summary>
/// <param name="Sequence">The command's journal sequence.</param>
/// <param name="Command">Which command it was (zero for a listing).</param>
/// <param name="Participant">Who sent it (zero for market-wide commands).</param>
/// <param name="ClientOrderId">The order it named, if any.</param>
/// <param name="Code"><see cref="ResultCode.Ok"/>, or why the engine rejected it.</param>
/// <param name="OrderId">The engine's id for an accepted new order; zero otherwise.</param>
/// <param name="PendingCall">The waiting caller's <see cref="PendingCallPool"/> index, or -1 for fire-and-forget.</param>
/// <param name="PublishedAt">When the producer published it, in <see cref="System.Diagnostics.Stopwatch"/> ticks (0 if not timed).</param>
public readonly record struct CommandCompleted(
    long Sequence, CommandKind Command, int Participant, long ClientOrderId, ResultCode Code, long OrderId, int PendingCall, long PublishedAt);
