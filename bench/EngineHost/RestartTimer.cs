using System.Diagnostics;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Snapshots;

namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// Times recovery from a run's journal: a full replay, then a snapshot (with the segments it covers archived) and
/// nothing to replay. Also times writing that snapshot to its file, and capturing it into memory twice (a new
/// buffer, then the same buffer again): in a running host the capture is the matching thread's pause, and every
/// snapshot after the first reuses the buffer.
/// </summary>
public static class RestartTimer
{
    public static RestartTimes Time(string directory, int orderCapacity)
    {
        var engineOptions = new EngineOptions { InitialOrderCapacity = orderCapacity };
        var snapshots = new SnapshotStore(Path.Combine(directory, "snapshots"));
        foreach (var old in snapshots.List()) File.Delete(old.Path);
        var replay = EngineRecovery.Recover(Path.Combine(directory, "journal"), snapshots, engineOptions, default(NoEvents));
        long writing = Stopwatch.GetTimestamp();
        snapshots.Write(replay.Engine, replay.LastSequence);
        var snapshotWrite = Stopwatch.GetElapsedTime(writing);
        using var buffer = new SnapshotBuffer();
        var firstCapture = TimeCapture(replay.Engine, buffer, replay.LastSequence);
        var capture = TimeCapture(replay.Engine, buffer, replay.LastSequence);
        replay.Journal.Dispose();
        // As the host does after a snapshot: segments wholly before it go to the archive, so they are not scanned.
        JournalArchiver.ArchiveBefore(Path.Combine(directory, "journal"), replay.LastSequence + 1);
        var fromSnapshot = EngineRecovery.Recover(Path.Combine(directory, "journal"), snapshots, engineOptions, default(NoEvents));
        fromSnapshot.Journal.Dispose();
        if (fromSnapshot.Engine.StateHash() != replay.Engine.StateHash()) throw new InvalidOperationException("snapshot recovery differs from the full replay");
        return new RestartTimes(
            replay.Replayed, replay.ReplayTime.TotalMilliseconds, replay.TotalTime.TotalMilliseconds,
            fromSnapshot.Replayed, fromSnapshot.TotalTime.TotalMilliseconds, new FileInfo(fromSnapshot.Snapshot!.Path).Length,
            fromSnapshot.Engine.OpenOrderCount, snapshotWrite.TotalMilliseconds, firstCapture.TotalMilliseconds, capture.TotalMilliseconds);
    }

    private static TimeSpan TimeCapture(MatchingEngine<NoEvents> engine, SnapshotBuffer buffer, long sequence)
    {
        long started = Stopwatch.GetTimestamp();
        buffer.Reset();
        engine.WriteSnapshot(buffer, sequence);
        return Stopwatch.GetElapsedTime(started);
    }
}
