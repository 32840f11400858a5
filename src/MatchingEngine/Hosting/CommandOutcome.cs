using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Hosting;

/// <summary>The answer to a submitted command.</summary>
/// <param name="Status">Acknowledged, refused or not durable.</param>
/// <param name="Sequence">The journal sequence it was given; zero when refused.</param>
/// <param name="Code">For an acknowledged command, <see cref="ResultCode.Ok"/> or the engine's rejection code.</param>
/// <param name="OrderId">The engine's id of a new order it accepted.</param>
/// <param name="Problem">For a refused or not durable command, why, in words.</param>
public readonly record struct CommandOutcome(CommandStatus Status, long Sequence, ResultCode Code, long OrderId, string? Problem)
{
    /// <summary>Acknowledged and accepted by the engine.</summary>
    public bool IsAccepted => Status == CommandStatus.Acknowledged && Code == ResultCode.Ok;

    internal static CommandOutcome Refused(string problem) => new(CommandStatus.Refused, 0, ResultCode.Ok, 0, problem);

    /// <summary>A sentence for logs and error messages.</summary>
    public override string ToString() => Status switch
    {
        CommandStatus.Acknowledged when Code == ResultCode.Ok => $"command {Sequence} acknowledged" + (OrderId != 0 ? $", order {OrderId}" : ""),
        CommandStatus.Acknowledged => $"command {Sequence} acknowledged and rejected by the engine: {Code.Describe()}",
        CommandStatus.NotDurable => $"command {Sequence} not durable: {Problem}",
        _ => $"command refused: {Problem}",
    };
}
