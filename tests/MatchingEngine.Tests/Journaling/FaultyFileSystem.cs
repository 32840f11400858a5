using SocialExchange.Matching.Journaling;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>
/// The real disk with a switchboard in front: counts writes and flushes, and fails the next write, flush or
/// segment creation the way a full disk does (optionally after writing part of the data, as a real short write
/// leaves a torn record behind).
/// </summary>
public sealed class FaultyFileSystem : IJournalFileSystem
{
    public int Writes { get; private set; }
    public int Flushes { get; private set; }
    public int SegmentsOpened { get; private set; }
    public int DirectoryFlushes { get; private set; }
    public long BytesWritten { get; private set; }

    /// <summary>When set, the next write throws; it first writes this many bytes of its data (0 for none).</summary>
    public int? FailNextWriteAfterBytes { get; set; }

    /// <summary>When true, every flush from now on throws.</summary>
    public bool FailFlushes { get; set; }

    /// <summary>When true, creating a segment throws.</summary>
    public bool FailCreate { get; set; }

    public IJournalSegmentFile OpenSegment(string path, bool createNew)
    {
        if (createNew && FailCreate) throw DiskFull(path);
        SegmentsOpened++;
        return new File(this, JournalFileSystem.Default.OpenSegment(path, createNew));
    }

    public void FlushDirectory(string directory)
    {
        JournalFileSystem.Default.FlushDirectory(directory);
        DirectoryFlushes++;
    }

    internal static IOException DiskFull(string path) => new($"No space left on device : '{path}'", 28);

    private sealed class File(FaultyFileSystem owner, IJournalSegmentFile inner) : IJournalSegmentFile
    {
        public string Path => inner.Path;
        public long Length => inner.Length;

        public void Write(ReadOnlySpan<byte> data, long fileOffset)
        {
            if (owner.FailNextWriteAfterBytes is int partial)
            {
                owner.FailNextWriteAfterBytes = null;
                if (partial > 0) inner.Write(data[..Math.Min(partial, data.Length)], fileOffset);
                throw DiskFull(Path);
            }
            inner.Write(data, fileOffset);
            owner.Writes++;
            owner.BytesWritten += data.Length;
        }

        public void FlushToDisk()
        {
            if (owner.FailFlushes) throw new IOException($"Input/output error : '{Path}'", 5);
            inner.FlushToDisk();
            owner.Flushes++;
        }

        public void SetLength(long length) => inner.SetLength(length);

        public void Dispose() => inner.Dispose();
    }
}
