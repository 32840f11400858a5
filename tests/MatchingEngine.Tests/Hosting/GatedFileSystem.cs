using SocialExchange.Matching.Journaling;

namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>The real disk, except that fsync waits while the gate is closed: a slow disk the test controls.</summary>
public sealed class GatedFileSystem : IJournalFileSystem
{
    private readonly ManualResetEventSlim _gate = new(initialState: true);

    public void Close() => _gate.Reset();

    public void Open() => _gate.Set();

    public IJournalSegmentFile OpenSegment(string path, bool createNew) => new File(this, JournalFileSystem.Default.OpenSegment(path, createNew));

    public void FlushDirectory(string directory) => JournalFileSystem.Default.FlushDirectory(directory);

    private sealed class File(GatedFileSystem owner, IJournalSegmentFile inner) : IJournalSegmentFile
    {
        public string Path => inner.Path;
        public long Length => inner.Length;
        public void Write(ReadOnlySpan<byte> data, long fileOffset) => inner.Write(data, fileOffset);

        public void FlushToDisk()
        {
            owner._gate.Wait(TimeSpan.FromSeconds(30));
            inner.FlushToDisk();
        }

        public void SetLength(long length) => inner.SetLength(length);
        public void Dispose() => inner.Dispose();
    }
}
