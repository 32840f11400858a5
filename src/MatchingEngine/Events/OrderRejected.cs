using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Events;

/// <summary>A command was refused and changed nothing. <see cref="Reason"/> is the sentence for <see cref="Code"/>.</summary>
/// <param name="OrderId">The order the command named, when the engine found it; otherwise zero.</param>
public readonly record struct OrderRejected(
    long Time, CommandKind Command, int Instrument, int Participant, long ClientOrderId, long OrderId, ResultCode Code)
{
    /// <summary>Why, in words.</summary>
    public string Reason => Code.Describe();
}
