namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Where the journal writer gets its segment files. The seam exists for fault injection: tests (and a pipeline's
/// own tests) put a file in front of the disk that counts flushes or fails a write the way a full disk does.
/// <see cref="JournalFileSystem.Default"/> is the real disk.
/// </summary>
public interface IJournalFileSystem
{
    /// <summary>
    /// Opens a segment file for writing: creates it when <paramref name="createNew"/> (failing if it exists, so a
    /// segment is never silently overwritten), else opens the existing file.
    /// </summary>
    IJournalSegmentFile OpenSegment(string path, bool createNew);

    /// <summary>
    /// Makes the directory's entries durable (fsync of the directory on Unix), so a segment created or deleted
    /// survives a power cut. The durable mode calls it after creating a segment and after recovery's cuts.
    /// </summary>
    void FlushDirectory(string directory);
}
