namespace SocialExchange.Matching.Hosting;

/// <summary>Where a submitted command ended up, as far as the caller is concerned.</summary>
public enum CommandStatus : byte
{
    /// <summary>Matched and durable under the host's durability mode; <see cref="CommandOutcome.Code"/> says whether the engine accepted it.</summary>
    Acknowledged = 1,

    /// <summary>Never entered the pipeline (host not running, bad listing, cancelled wait); nothing changed.</summary>
    Refused = 2,

    /// <summary>
    /// It entered the pipeline but the journal failed before it was durable: it is not acknowledged, and its fate
    /// is in doubt (the write may have reached the file when the fsync failed, and a restart then replays it).
    /// Check the order after the restart. The host stops accepting commands when this happens.
    /// </summary>
    NotDurable = 3,
}
