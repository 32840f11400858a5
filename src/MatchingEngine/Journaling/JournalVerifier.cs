namespace SocialExchange.Matching.Journaling;

/// <summary>Checks a whole journal without changing it: every header, frame, checksum and sequence.</summary>
public static class JournalVerifier
{
    /// <summary>
    /// Reads the journal in <paramref name="directory"/> from its first record to the end or the first problem.
    /// Never throws for damage (that is what the result reports); a missing directory is a configuration error.
    /// </summary>
    public static JournalVerification Verify(string directory)
    {
        using var scanner = new JournalScanner(directory, 0);
        scanner.ScanToEnd();
        return ResultOf(directory, scanner);
    }

    internal static JournalVerification ResultOf(string directory, JournalScanner scanner) => new(
        directory,
        scanner.Segments,
        scanner.FirstSequence,
        scanner.LastSequence,
        scanner.RecordCount,
        scanner.Segments.Count == 0 ? 0 : scanner.NextSequence,
        scanner.Problem);
}
