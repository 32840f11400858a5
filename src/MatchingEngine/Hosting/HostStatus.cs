namespace SocialExchange.Matching.Hosting;

/// <summary>The life of an <see cref="EngineHost"/>, for health checks.</summary>
public enum HostStatus : byte
{
    /// <summary>Recovering and starting its threads; not accepting commands yet.</summary>
    Starting = 1,

    /// <summary>Accepting commands.</summary>
    Running = 2,

    /// <summary>
    /// The journal failed (disk full, I/O error) or a stage crashed: commands are refused, nothing more is
    /// acknowledged, events of durable commands are still delivered. <see cref="HostHealth.Reason"/> says what
    /// happened; restart once the cause is fixed (recovery keeps exactly the durable commands).
    /// </summary>
    Failed = 3,

    /// <summary>Refusing new commands while it drains the rings, flushes the journal and writes a snapshot.</summary>
    Stopping = 4,

    /// <summary>Stopped; the journal is closed.</summary>
    Stopped = 5,
}
