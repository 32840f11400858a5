namespace SocialExchange.Matching.Journaling;

/// <summary>How a <see cref="JournalWriter"/> writes and recovers. Checked when the writer opens.</summary>
public sealed record JournalWriterOptions
{
    /// <summary>When records count as durable; see <see cref="JournalDurability"/>.</summary>
    public JournalDurability Durability { get; init; } = JournalDurability.Durable;

    /// <summary>
    /// A segment is closed and the next one started when the next record would take it past this many bytes
    /// (a segment holds at least one record, so one huge listing may exceed it). Smaller segments make old ones
    /// quicker to archive after a snapshot; larger ones mean fewer files.
    /// </summary>
    public long SegmentSize { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Create every segment as a file of <see cref="SegmentSize"/> zeros prepared ahead (the first when a new
    /// journal opens, each next one on a background task while the current one fills), so the writer overwrites
    /// blocks that already exist instead of growing a file: the fsync after a batch takes about half as long and
    /// the page-cache allocation leaves the journal thread (see <c>SegmentPreallocator</c>). Off by default: the
    /// zeros cost about as much CPU and disk as the records, and on a 2-core machine under load that work competes
    /// with the pipeline's stages: at 1M durable commands/s on this project's VM the median p50 of the
    /// acknowledgement latency was 0.52 ms against 0.55 ms, and the median p99 10 ms against 2.9 ms (bench/README.md).
    /// Worth it with a core to spare. Readers handle preallocated segments either way.
    /// </summary>
    public bool PreallocateSegments { get; init; }

    /// <summary>
    /// The write buffer, allocated once: a batch is written with one call when it fits, and in buffer-sized
    /// pieces when it does not. At least <see cref="JournalRecordLayout.MaxRecordLength"/> plus a segment header.
    /// </summary>
    public int BufferSize { get; init; } = 1024 * 1024;

    /// <summary>The sequence of the first record of a journal created empty (e.g. one after a snapshot's sequence).</summary>
    public long FirstSequence { get; init; } = 1;

    /// <summary>What to do about corruption found on opening, other than a torn tail (always truncated).</summary>
    public JournalRepair Repair { get; init; } = JournalRepair.None;

    /// <summary>Receives recovery warnings (torn tail truncated, corruption repaired) as they happen; the host logs them.</summary>
    public Action<JournalWarning>? OnWarning { get; init; }

    /// <summary>The files; replace it to count flushes or inject write failures.</summary>
    public IJournalFileSystem FileSystem { get; init; } = JournalFileSystem.Default;

    /// <summary>Smallest segment size allowed: a header and a few records.</summary>
    public const long MinSegmentSize = 1024;

    /// <summary>Throws <see cref="ArgumentException"/> naming every bad setting.</summary>
    internal void Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Durability)) problems.Add($"Durability {Durability} is not a durability mode");
        if (SegmentSize < MinSegmentSize) problems.Add($"SegmentSize must be at least {MinSegmentSize} bytes, was {SegmentSize}");
        if (BufferSize < JournalRecordLayout.MaxRecordLength + JournalSegmentLayout.HeaderLength)
            problems.Add($"BufferSize must be at least {JournalRecordLayout.MaxRecordLength + JournalSegmentLayout.HeaderLength} bytes, was {BufferSize}");
        if (FirstSequence < 1) problems.Add($"FirstSequence must be at least 1, was {FirstSequence}");
        if (!Enum.IsDefined(Repair)) problems.Add($"Repair {Repair} is not a repair option");
        if (FileSystem is null) problems.Add("FileSystem must be set");
        if (problems.Count > 0) throw new ArgumentException("journal writer options are not valid: " + string.Join("; ", problems));
    }
}
