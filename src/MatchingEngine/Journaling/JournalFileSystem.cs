namespace SocialExchange.Matching.Journaling;

/// <summary>The real disk: segment files opened as <see cref="Microsoft.Win32.SafeHandles.SafeFileHandle"/>s and written with <see cref="RandomAccess"/>.</summary>
public sealed class JournalFileSystem : IJournalFileSystem
{
    /// <summary>The one instance; it has no state.</summary>
    public static JournalFileSystem Default { get; } = new();

    private JournalFileSystem()
    {
    }

    /// <inheritdoc />
    public IJournalSegmentFile OpenSegment(string path, bool createNew) => new RandomAccessSegmentFile(path, createNew);

    /// <inheritdoc />
    public void FlushDirectory(string directory) => DirectorySync.Flush(directory);
}
