using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Hosting;

/// <summary>How an <see cref="EngineHost"/> runs. Checked when the host starts.</summary>
public sealed record EngineHostOptions
{
    /// <summary>The engine's own options (seed, capacities, market data levels).</summary>
    public EngineOptions Engine { get; init; } = new();

    /// <summary>The journal directory; null runs without a journal (pure simulation: nothing survives a restart).</summary>
    public string? JournalDirectory { get; init; }

    /// <summary>Durability mode, segment size and repair option of the journal.</summary>
    public JournalWriterOptions Journal { get; init; } = new();

    /// <summary>Where snapshots go; null for none (recovery then replays the whole journal).</summary>
    public string? SnapshotDirectory { get; init; }

    /// <summary>Write a snapshot when the host stops cleanly, so the next start replays nothing.</summary>
    public bool SnapshotOnStop { get; init; } = true;

    /// <summary>
    /// After each snapshot, move the journal segments that no kept snapshot needs (all their records come before the
    /// oldest kept snapshot's) to the journal's <c>archive</c> folder, so a restart scans only the recent segments.
    /// </summary>
    public bool ArchiveCoveredSegments { get; init; } = true;

    /// <summary>Snapshots kept; the older ones are the fallback when the newest is damaged.</summary>
    public int SnapshotsKept { get; init; } = 3;

    /// <summary>Instruments listed at the first start (through the ring, so they are journaled); on a restart the recovered ones are kept.</summary>
    public IReadOnlyList<InstrumentSpec> Instruments { get; init; } = [];

    /// <summary>Engine time: <see cref="WallClock"/> live, a <see cref="VirtualClock"/> in simulation.</summary>
    public IEngineClock Clock { get; init; } = WallClock.Instance;

    /// <summary>
    /// How often the host sends a time-advance command through the ring, so timers (good-till-date expiry, auction
    /// ends, scheduled phases) fire without orders arriving, and are journaled. Null: never (a simulation drives
    /// time with its own <see cref="Commands.AdvanceTime"/> commands).
    /// </summary>
    public TimeSpan? TimeAdvanceInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Inbound ring slots, a power of two: bounds the commands in flight (back-pressure beyond it).</summary>
    public int InboundRingSize { get; init; } = 1 << 16;

    /// <summary>Outbound ring slots, a power of two: several events per command, so larger than the inbound one.</summary>
    public int OutboundRingSize { get; init; } = 1 << 18;

    /// <summary>
    /// The most commands the journal (or sequencer) and matching stages take as one batch before releasing them to
    /// the next stage and their slots to the producers. Without a limit a stage that finds the ring full takes the
    /// whole ring: the next stage waits until it is done and the producers cannot refill meanwhile, so the pipeline
    /// moves in ring-sized convoys instead of overlapping. Limits of 2048 to 8192 measured alike on the project's
    /// 2-core VM, and none 1.29x slower (bench/README.md, "Eighth session of 2026-12-07: batches of at most 4096
    /// commands"). A journal batch is also one commit: one fsync per batch when durable.
    /// </summary>
    public int MaxBatchSize { get; init; } = 4096;

    /// <summary>How idle stage threads wait: blocking is kind to a small machine, yielding or busy spin buy latency with CPU.</summary>
    public Func<IWaitStrategy> WaitStrategy { get; init; } = () => new BlockingWaitStrategy();

    /// <summary>
    /// Which CPUs the stage threads run on (Linux); null, or a stage left null, leaves the placement to the scheduler.
    /// See <see cref="StageAffinity"/>.
    /// </summary>
    public StageAffinity? Affinity { get; init; }

    /// <summary>Readers of the outbound events (market data publisher, statistics, recorders), called in order on the fan-out thread.</summary>
    public IReadOnlyList<IOutboundSink> Sinks { get; init; } = [];

    /// <summary>Receives log lines: recovery report, warnings, failures.</summary>
    public Action<string>? Log { get; init; }

    internal void Validate()
    {
        var problems = new List<string>();
        if (Engine is null) problems.Add("Engine options must be set");
        if (Journal is null) problems.Add("Journal options must be set");
        if (Clock is null) problems.Add("Clock must be set");
        if (WaitStrategy is null) problems.Add("WaitStrategy must be set");
        if (Instruments is null || Instruments.Any(i => i is null)) problems.Add("Instruments must not be or contain null");
        if (Sinks is null || Sinks.Any(s => s is null)) problems.Add("Sinks must not be or contain null");
        if (InboundRingSize < 2 || (InboundRingSize & (InboundRingSize - 1)) != 0) problems.Add($"InboundRingSize must be a power of two, was {InboundRingSize}");
        if (OutboundRingSize < 64 || (OutboundRingSize & (OutboundRingSize - 1)) != 0) problems.Add($"OutboundRingSize must be a power of two of at least 64, was {OutboundRingSize}");
        if (MaxBatchSize < 1) problems.Add($"MaxBatchSize must be at least 1, was {MaxBatchSize}");
        if (TimeAdvanceInterval is { } interval && interval <= TimeSpan.Zero) problems.Add($"TimeAdvanceInterval must be positive, was {interval}");
        Affinity?.Validate(problems);
        if (SnapshotsKept < 1) problems.Add($"SnapshotsKept must be at least 1, was {SnapshotsKept}");
        if (SnapshotDirectory is not null && JournalDirectory is null) problems.Add("SnapshotDirectory needs a JournalDirectory: a snapshot alone cannot be continued");
        if (problems.Count > 0) throw new ArgumentException("engine host options are not valid: " + string.Join("; ", problems));
    }
}
