using Microsoft.Win32.SafeHandles;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// A segment file on disk. <see cref="RandomAccess"/> writes at an explicit offset with no stream buffer of its
/// own (the writer has one), so one batch is one <c>pwrite</c>; <see cref="RandomAccess.FlushToDisk"/> is
/// <c>fsync</c> on Unix and <c>FlushFileBuffers</c> on Windows.
/// </summary>
internal sealed class RandomAccessSegmentFile : IJournalSegmentFile
{
    private readonly SafeFileHandle _handle;

    public RandomAccessSegmentFile(string path, bool createNew)
    {
        Path = path;
        // Readers (dump, verify, a replica tailing the journal) may read while the writer writes; nobody else writes.
        _handle = File.OpenHandle(path, createNew ? FileMode.CreateNew : FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
    }

    public string Path { get; }

    public long Length => RandomAccess.GetLength(_handle);

    public void Write(ReadOnlySpan<byte> data, long fileOffset) => RandomAccess.Write(_handle, data, fileOffset);

    public void FlushToDisk() => RandomAccess.FlushToDisk(_handle);

    public void SetLength(long length) => RandomAccess.SetLength(_handle, length);

    public void Dispose() => _handle.Dispose();
}
