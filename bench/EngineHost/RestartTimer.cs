using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Hosting;

namespace SocialExchange.Bench.EngineHost;

/// <summary>Times recovery from a run's journal: a full replay, then a snapshot with nothing to replay.</summary>
public static class RestartTimer
{
    public static (RecoveredEngine<NoEvents> Replay, RecoveredEngine<NoEvents> FromSnapshot) Time(string directory, int orderCapacity)
    {
        var engineOptions = new EngineOptions { InitialOrderCapacity = orderCapacity };
        var snapshots = new SnapshotStore(Path.Combine(directory, "snapshots"));
        foreach (var old in snapshots.List()) File.Delete(old.Path);
        var replay = EngineRecovery.Recover(Path.Combine(directory, "journal"), snapshots, engineOptions, default(NoEvents));
        snapshots.Write(replay.Engine, replay.LastSequence);
        replay.Journal.Dispose();
        var fromSnapshot = EngineRecovery.Recover(Path.Combine(directory, "journal"), snapshots, engineOptions, default(NoEvents));
        fromSnapshot.Journal.Dispose();
        if (fromSnapshot.Engine.StateHash() != replay.Engine.StateHash()) throw new InvalidOperationException("snapshot recovery differs from the full replay");
        return (replay, fromSnapshot);
    }
}
