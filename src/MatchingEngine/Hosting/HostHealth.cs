namespace SocialExchange.Matching.Hosting;

/// <summary>A picture of the host for health endpoints and operators; sequences are journal sequences.</summary>
/// <param name="Status">Running, failed, stopping, ...</param>
/// <param name="Reason">Why it is not running, in words; null while running.</param>
/// <param name="Published">The last command producers published.</param>
/// <param name="Matched">The last command the matching thread applied.</param>
/// <param name="Durable">The last command durable under the durability mode.</param>
/// <param name="InboundFree">Free slots in the inbound ring: zero means producers are being held back.</param>
public sealed record HostHealth(HostStatus Status, string? Reason, long Published, long Matched, long Durable, long InboundFree)
{
    /// <summary>One line for a person.</summary>
    public override string ToString() =>
        $"{Status}{(Reason is null ? "" : $" ({Reason})")}: published {Published}, matched {Matched}, durable {Durable}, {InboundFree} free inbound slots";
}
