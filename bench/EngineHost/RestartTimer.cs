using System.Diagnostics;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;

namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// Times recovery from a run's journal: a full replay, then a snapshot (with the segments it covers archived) and
/// nothing to replay. Also times writing that snapshot: in a running host, the pause the matching thread takes.
/// </summary>
public static class RestartTimer
{
    public static (RecoveredEngine<NoEvents> Replay, RecoveredEngine<NoEvents> FromSnapshot, TimeSpan SnapshotWrite) Time(string directory, int orderCapacity)
    {
        var engineOptions = new EngineOptions { InitialOrderCapacity = orderCapacity };
        var snapshots = new SnapshotStore(Path.Combine(directory, "snapshots"));
        foreach (var old in snapshots.List()) File.Delete(old.Path);
        var replay = EngineRecovery.Recover(Path.Combine(directory, "journal"), snapshots, engineOptions, default(NoEvents));
        long writing = Stopwatch.GetTimestamp();
        snapshots.Write(replay.Engine, replay.LastSequence);
        var snapshotWrite = Stopwatch.GetElapsedTime(writing);
        replay.Journal.Dispose();
        // As the host does after a snapshot: segments wholly before it go to the archive, so they are not scanned.
        JournalArchiver.ArchiveBefore(Path.Combine(directory, "journal"), replay.LastSequence + 1);
        var fromSnapshot = EngineRecovery.Recover(Path.Combine(directory, "journal"), snapshots, engineOptions, default(NoEvents));
        fromSnapshot.Journal.Dispose();
        if (fromSnapshot.Engine.StateHash() != replay.Engine.StateHash()) throw new InvalidOperationException("snapshot recovery differs from the full replay");
        return (replay, fromSnapshot, snapshotWrite);
    }
}
