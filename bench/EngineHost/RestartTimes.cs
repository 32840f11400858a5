namespace SocialExchange.Bench.EngineHost;

/// <summary>What <see cref="RestartTimer"/> measured, in milliseconds unless the name says otherwise.</summary>
/// <param name="ReplayedRecords">Journal records the full replay applied.</param>
/// <param name="ReplayMilliseconds">The replay alone.</param>
/// <param name="ReplayTotalMilliseconds">The whole restart by replay: building the engine, scanning the journal, replaying.</param>
/// <param name="SnapshotReplayedRecords">Records replayed after the snapshot (none: it was taken at the end).</param>
/// <param name="SnapshotTotalMilliseconds">The whole restart from the snapshot.</param>
/// <param name="SnapshotBytes">The snapshot file's size.</param>
/// <param name="OpenOrders">Orders resting in the recovered books.</param>
/// <param name="SnapshotWriteMilliseconds">Writing the snapshot to its file.</param>
/// <param name="FirstCaptureMilliseconds">Capturing the engine into a new in-memory buffer (a running host's first pause).</param>
/// <param name="CaptureMilliseconds">Capturing it into the same buffer again (every later pause).</param>
public sealed record RestartTimes(
    long ReplayedRecords,
    double ReplayMilliseconds,
    double ReplayTotalMilliseconds,
    long SnapshotReplayedRecords,
    double SnapshotTotalMilliseconds,
    long SnapshotBytes,
    long OpenOrders,
    double SnapshotWriteMilliseconds,
    double FirstCaptureMilliseconds,
    double CaptureMilliseconds)
{
    public double ReplayRecordsPerSecond => ReplayedRecords / (ReplayMilliseconds / 1000);
}
