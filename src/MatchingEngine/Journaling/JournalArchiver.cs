namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Moves journal segments that a snapshot makes unnecessary for recovery into an <c>archive</c> folder of the
/// journal directory, so a restart scans only the segments after the snapshot. Archived segments are kept, not
/// deleted: they are the full history (an audit can still replay the market from sequence 1 by copying them back).
/// </summary>
public static class JournalArchiver
{
    /// <summary>Name of the archive folder inside the journal directory.</summary>
    public const string ArchiveFolder = "archive";

    /// <summary>
    /// Archives every segment whose records all come before <paramref name="firstNeeded"/> (the next segment starts
    /// at or before it). The last segment, the one being written, is never moved. Returns the files moved.
    /// </summary>
    public static IReadOnlyList<string> ArchiveBefore(string directory, long firstNeeded)
    {
        var segments = JournalSegmentInfo.List(directory);
        var moved = new List<string>();
        for (int i = 0; i + 1 < segments.Count && segments[i + 1].FirstSequence <= firstNeeded; i++)
        {
            string archive = Path.Combine(directory, ArchiveFolder);
            Directory.CreateDirectory(archive);
            string target = Path.Combine(archive, Path.GetFileName(segments[i].Path));
            File.Move(segments[i].Path, target, overwrite: true);
            moved.Add(target);
        }
        if (moved.Count > 0) DirectorySync.Flush(directory);
        return moved;
    }
}
