using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Reads a journal's records in sequence order, checking each as it goes. At a torn tail it stops after the last
/// valid record and reports a <see cref="JournalWarningKind.TornTailIgnored"/> warning (a reader never changes
/// files; opening the writer truncates the tail). At corruption anywhere else it throws
/// <see cref="JournalCorruptedException"/> when it reaches it, after returning every record before it.
/// </summary>
/// <example>
/// <code>
/// using var reader = new JournalReader(directory, fromSequence: snapshot.Sequence + 1);
/// while (reader.TryRead(out var record)) Apply(record);
/// </code>
/// </example>
public sealed class JournalReader : IDisposable
{
    private readonly JournalScanner _scanner;
    private readonly Action<JournalWarning>? _onWarning;
    private bool _ended;

    /// <param name="directory">The journal directory (it must exist).</param>
    /// <param name="fromSequence">First sequence to return; zero or less for the first record. Asking for a sequence older than the journal's first record is a problem (<see cref="JournalProblemKind.MissingStart"/>) and throws on the first read.</param>
    /// <param name="onWarning">Receives the torn-tail warning, if any.</param>
    public JournalReader(string directory, long fromSequence = 0, Action<JournalWarning>? onWarning = null)
    {
        _scanner = new JournalScanner(directory, fromSequence);
        _onWarning = onWarning;
    }

    /// <summary>The sequence of the last valid record read (including records skipped before the start sequence); 0 before any.</summary>
    public long LastSequence => _scanner.LastSequence;

    /// <summary>The torn-tail warning, once reading has reached it.</summary>
    public JournalWarning? Warning { get; private set; }

    /// <summary>
    /// The next record; false at the end of the journal (or at a torn tail). The record's payload is valid until
    /// the next call.
    /// </summary>
    /// <exception cref="JournalCorruptedException">The next record is corrupted and it is not a torn tail.</exception>
    // Runs once per start over millions of items: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRead(out JournalRecord record)
    {
        if (_scanner.TryNext(out record)) return true;
        if (!_ended)
        {
            _ended = true;
            if (_scanner.Problem is { } problem)
            {
                if (!problem.IsTornTail) throw new JournalCorruptedException(problem);
                Warning = new JournalWarning(JournalWarningKind.TornTailIgnored, problem.SegmentPath, problem.Offset, _scanner.LastSequence, 0, problem);
                _onWarning?.Invoke(Warning);
            }
        }
        else if (_scanner.Problem is { IsTornTail: false } problem)
        {
            throw new JournalCorruptedException(problem);
        }
        return false;
    }

    public void Dispose() => _scanner.Dispose();
}
