using System.Diagnostics;
using System.Globalization;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Snapshots;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// The snapshot files of one engine: <c>snapshot-{sequence:D19}.sxsnap</c> in one directory, so the name orders
/// them and tells the sequence without opening the file. A snapshot is written to a temporary file, flushed to
/// disk, then renamed into place, so a crash leaves either the old set or the new one, never half a snapshot
/// under a snapshot's name. The newest <see cref="Keep"/> are kept: an older one is the fallback when the newest
/// turns out damaged.
/// </summary>
public sealed class SnapshotStore
{
    private const string Prefix = "snapshot-";
    private const string Extension = ".sxsnap";

    public SnapshotStore(string directory, int keep = 3)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        Directory = Path.GetFullPath(directory);
        Keep = keep;
    }

    /// <summary>Where the snapshots are.</summary>
    public string Directory { get; }

    /// <summary>How many snapshots are kept; older ones are deleted after a new one is written.</summary>
    public int Keep { get; }

    /// <summary>The snapshot files, newest (highest sequence) first; files with other names are ignored.</summary>
    public IReadOnlyList<SnapshotFile> List()
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        var files = new List<SnapshotFile>();
        foreach (string path in System.IO.Directory.EnumerateFiles(Directory, Prefix + "*" + Extension))
        {
            string name = Path.GetFileNameWithoutExtension(path)[Prefix.Length..];
            if (long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out long sequence)) files.Add(new SnapshotFile(path, sequence));
        }
        files.Sort((a, b) => b.Sequence.CompareTo(a.Sequence));
        return files;
    }

    /// <summary>Writes <paramref name="engine"/>'s state as the snapshot of <paramref name="sequence"/>; call it on the thread that owns the engine.</summary>
    public SnapshotWritten Write<THandler>(MatchingEngine<THandler> engine, long sequence) where THandler : IEngineEventHandler
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Save(sequence, stream => engine.WriteSnapshot(stream, sequence));
    }

    /// <summary>
    /// Writes a snapshot already captured in memory (<see cref="MatchingEngine{THandler}.WriteSnapshot"/> into
    /// <paramref name="captured"/>) as the snapshot of <paramref name="sequence"/>: from any thread, since the
    /// engine is not involved any more. The host captures on the matching thread and saves on another.
    /// </summary>
    public SnapshotWritten Write(SnapshotBuffer captured, long sequence)
    {
        ArgumentNullException.ThrowIfNull(captured);
        return Save(sequence, captured.WriteTo);
    }

    private SnapshotWritten Save(long sequence, Action<Stream> write)
    {
        long started = Stopwatch.GetTimestamp();
        System.IO.Directory.CreateDirectory(Directory);
        string path = Path.Combine(Directory, Prefix + sequence.ToString("D19", CultureInfo.InvariantCulture) + Extension);
        string temporary = path + ".tmp";
        long bytes;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
            bytes = stream.Length;
        }
        File.Move(temporary, path, overwrite: true);
        DirectorySync.Flush(Directory);
        Prune();
        return new SnapshotWritten(path, sequence, bytes, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The oldest snapshot kept: recovery may fall back as far as it, so the journal must reach back to its next command.</summary>
    public SnapshotFile? Oldest => List() is { Count: > 0 } files ? files[^1] : null;

    private void Prune()
    {
        var files = List();
        for (int i = Keep; i < files.Count; i++) File.Delete(files[i].Path);
    }
}
