using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Journaling;

namespace SocialExchange.Matching.Hosting;

/// <summary>What <see cref="EngineRecovery.Recover{THandler}"/> rebuilt, and how.</summary>
/// <param name="Engine">The engine, in the state after <paramref name="LastSequence"/>.</param>
/// <param name="Journal">The journal, open for appending at <paramref name="LastSequence"/> + 1.</param>
/// <param name="LastSequence">The last command in the engine (0 for a new market).</param>
/// <param name="Snapshot">The snapshot it started from; null for a replay of the whole journal.</param>
/// <param name="SkippedSnapshots">Newer snapshots it could not use, and why.</param>
/// <param name="Replayed">Commands replayed from the journal after the snapshot.</param>
/// <param name="ReplayTime">Time spent replaying them.</param>
/// <param name="TotalTime">Time for the whole recovery (snapshot read, journal check, replay).</param>
/// <param name="Warnings">What the journal's recovery repaired (torn tail cut, corruption cut with the repair option).</param>
public sealed record RecoveredEngine<THandler>(
    MatchingEngine<THandler> Engine,
    JournalWriter Journal,
    long LastSequence,
    SnapshotFile? Snapshot,
    IReadOnlyList<SkippedSnapshot> SkippedSnapshots,
    long Replayed,
    TimeSpan ReplayTime,
    TimeSpan TotalTime,
    IReadOnlyList<JournalWarning> Warnings)
    where THandler : IEngineEventHandler
{
    /// <summary>One paragraph for the log.</summary>
    public string Describe() =>
        (Snapshot is null ? "no snapshot used" : $"snapshot {Path.GetFileName(Snapshot.Path)} (sequence {Snapshot.Sequence})")
        + $", {Replayed} journal records replayed in {ReplayTime.TotalMilliseconds:F1} ms, at sequence {LastSequence}, total {TotalTime.TotalMilliseconds:F1} ms"
        + string.Concat(SkippedSnapshots.Select(s => "; " + s))
        + string.Concat(Warnings.Select(w => "; " + w.Message));
}
