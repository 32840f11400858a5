namespace SocialExchange.Matching.Journaling;

/// <summary>
/// The journal is damaged somewhere other than its tail (or breaks its sequence rules), so it cannot be trusted
/// for recovery: the writer refuses to open it and readers refuse to go past the damage. The message names the
/// file, the byte offset and the sequence. Opening the writer with <see cref="JournalRepair.TruncateAtCorruption"/>
/// cuts the journal there instead.
/// </summary>
public sealed class JournalCorruptedException : IOException
{
    public JournalCorruptedException(JournalProblem problem)
        : base(problem.ToString())
    {
        Problem = problem;
    }

    public JournalCorruptedException(JournalProblem problem, string advice)
        : base($"{problem} {advice}")
    {
        Problem = problem;
    }

    /// <summary>Where and what.</summary>
    public JournalProblem Problem { get; }

    /// <summary>The damaged segment file.</summary>
    public string SegmentPath => Problem.SegmentPath;

    /// <summary>Byte offset of the damage in <see cref="SegmentPath"/>.</summary>
    public long Offset => Problem.Offset;

    /// <summary>The sequence expected at the damaged place.</summary>
    public long Sequence => Problem.ExpectedSequence;
}
