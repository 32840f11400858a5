namespace SocialExchange.Matching.Journaling;

/// <summary>
/// One open segment file, as the journal writer uses it: positional writes, a flush to stable storage and
/// truncation. Failures are <see cref="IOException"/> (or <see cref="UnauthorizedAccessException"/>); the writer
/// turns them into its failed state.
/// </summary>
public interface IJournalSegmentFile : IDisposable
{
    /// <summary>The file's path, for messages.</summary>
    string Path { get; }

    /// <summary>Current length of the file in bytes.</summary>
    long Length { get; }

    /// <summary>Writes all of <paramref name="data"/> at <paramref name="fileOffset"/> (to the operating system, not yet to disk).</summary>
    void Write(ReadOnlySpan<byte> data, long fileOffset);

    /// <summary>Returns once everything written so far is on stable storage (fsync).</summary>
    void FlushToDisk();

    /// <summary>Cuts the file to <paramref name="length"/> bytes (recovery drops a torn tail this way).</summary>
    void SetLength(long length);
}
