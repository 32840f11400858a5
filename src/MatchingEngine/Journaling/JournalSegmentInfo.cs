namespace SocialExchange.Matching.Journaling;

/// <summary>A segment file found in a journal directory.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="FirstSequence">The first sequence it holds, from its name.</param>
/// <param name="Length">Its length in bytes when it was listed.</param>
public readonly record struct JournalSegmentInfo(string Path, long FirstSequence, long Length)
{
    /// <summary>The segment files of <paramref name="directory"/>, in sequence order; other files are ignored.</summary>
    public static List<JournalSegmentInfo> List(string directory)
    {
        var segments = new List<JournalSegmentInfo>();
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*" + JournalSegmentLayout.Extension))
        {
            if (JournalSegmentLayout.TryParseFileName(file.Name, out long first))
                segments.Add(new JournalSegmentInfo(file.FullName, first, file.Length));
        }
        segments.Sort((a, b) => a.FirstSequence.CompareTo(b.FirstSequence));
        return segments;
    }
}
