namespace SocialExchange.Matching.Hosting;

/// <summary>A snapshot recovery could not use, and why (damaged, other version, not covered by the journal).</summary>
public sealed record SkippedSnapshot(string Path, long Sequence, string Reason)
{
    /// <summary>One line for the log.</summary>
    public override string ToString() => $"snapshot {Path} (sequence {Sequence}) skipped: {Reason}";
}
