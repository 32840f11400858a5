using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Walks a journal directory record by record, checking every rule: segment headers, frame lengths, checksums,
/// record shapes, and sequences continuous within and across segments (the first record of a segment has the
/// sequence in the segment's name). It stops at the first problem and describes it in <see cref="Problem"/>
/// instead of throwing, so the reader, the verifier, the dump and the writer's recovery each decide what a
/// problem means for them.
/// </summary>
/// <remarks>
/// Torn tail or corruption: a problem is a torn tail when no valid record frame follows the damage, in its file
/// or in any later segment. That is what a write cut short leaves (a partial record, a zero-filled or garbled end),
/// whatever the exact cut; damage followed by valid records cannot be a cut-short write, and neither can a record
/// with a valid checksum that breaks a rule (wrong sequence, unknown type).
/// </remarks>
internal sealed class JournalScanner : IDisposable
{
    /// <summary>The read window; large enough for the largest record with room for sequential reads.</summary>
    private const int BufferSize = 256 * 1024;

    private readonly List<JournalSegmentInfo> _segments;
    private readonly long _fromSequence;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly long[] _dataEnds;
    private int _segmentIndex;
    private SegmentFileReader? _file;
    private long _offset;
    private long _expected;
    private bool _done;

    /// <param name="directory">The journal directory; it must exist.</param>
    /// <param name="fromSequence">First sequence to return; records before it are checked but skipped. Zero or less: from the first record.</param>
    public JournalScanner(string directory, long fromSequence)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"journal directory {directory} does not exist");
        _segments = JournalSegmentInfo.List(directory);
        _dataEnds = new long[_segments.Count];
        Array.Fill(_dataEnds, -1);
        _fromSequence = fromSequence;
        _segmentIndex = -1;
        if (_segments.Count == 0)
        {
            _done = true;
            return;
        }
        // Start at the last segment whose first sequence is at or before the one asked for: the names say where.
        int start = 0;
        if (fromSequence > 0)
        {
            while (start + 1 < _segments.Count && _segments[start + 1].FirstSequence <= fromSequence) start++;
        }
        _segmentIndex = start - 1;
        _expected = _segments[start].FirstSequence;
        FirstSegmentIndex = start;
        if (fromSequence > 0 && fromSequence < _segments[0].FirstSequence)
        {
            Fail(JournalProblemKind.MissingStart, _segments[0].Path, 0, fromSequence, null, tornTailPossible: false,
                $"reading was asked to start at sequence {fromSequence} but the journal starts at {_segments[0].FirstSequence}");
        }
    }

    /// <summary>The segment files found, in sequence order.</summary>
    public IReadOnlyList<JournalSegmentInfo> Segments => _segments;

    /// <summary>Index in <see cref="Segments"/> of the segment reading started in.</summary>
    public int FirstSegmentIndex { get; }

    /// <summary>Index in <see cref="Segments"/> of the segment being read (or where the problem is).</summary>
    public int SegmentIndex => _segmentIndex;

    /// <summary>The first problem found; null while none.</summary>
    public JournalProblem? Problem { get; private set; }

    /// <summary>The sequence of the last valid record read (returned or skipped); 0 before any.</summary>
    public long LastSequence { get; private set; }

    /// <summary>The first valid record's sequence; 0 before any.</summary>
    public long FirstSequence { get; private set; }

    /// <summary>The sequence the next record must have.</summary>
    public long NextSequence => _expected;

    /// <summary>Valid records read, skipped ones included.</summary>
    public long RecordCount { get; private set; }

    /// <summary>Where the valid journal ends in the current segment: the byte after the last valid record.</summary>
    public long ValidEndOffset => _offset;

    /// <summary>The next valid record at or after the start sequence; false at the end of the journal or at a problem.</summary>
    // Runs once per start over millions of items: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryNext(out JournalRecord record)
    {
        record = default;
        while (!_done && Problem is null)
        {
            if (_file is null && !OpenNextSegment()) return false;
            var file = _file!;
            if (_offset == file.Length)
            {
                CloseSegment();
                continue;
            }
            long offset = _offset;
            int at = file.Ensure(offset, 4);
            if (at < 0 || JournalRecordLayout.ReadLength(_buffer.AsSpan(at)) == 0)
            {
                if (file.IsZeroFrom(offset))
                {
                    // A preallocated segment (JournalSegmentLayout): its records end here, the rest is the zeros it was created with.
                    CloseSegment();
                    continue;
                }
                at = file.Ensure(offset, 4); // the zero check moved the window
            }
            if (at < 0) return Fail(JournalProblemKind.IncompleteRecord, file.Path, offset, _expected, null, true,
                $"only {file.Length - offset} bytes remain, fewer than a record's length field");
            int length = JournalRecordLayout.ReadLength(_buffer.AsSpan(at));
            if (!JournalRecordLayout.IsPlausibleLength(length)) return Fail(JournalProblemKind.ImplausibleLength, file.Path, offset, _expected, null, true,
                $"length field {length} is outside {JournalRecordLayout.MinRecordLength}..{JournalRecordLayout.MaxRecordLength}");
            at = file.Ensure(offset, length);
            if (at < 0)
            {
                long? claimed = file.Ensure(offset, JournalRecordLayout.HeaderLength) is >= 0 and var h
                    ? JournalRecordLayout.ReadSequence(_buffer.AsSpan(h)) : null;
                return Fail(JournalProblemKind.IncompleteRecord, file.Path, offset, _expected, claimed, true,
                    $"the record needs {length} bytes but only {file.Length - offset} remain in the file");
            }
            var frame = _buffer.AsSpan(at, length);
            long sequence = JournalRecordLayout.ReadSequence(frame);
            if (!JournalRecordLayout.HasValidChecksum(frame)) return Fail(JournalProblemKind.ChecksumMismatch, file.Path, offset, _expected, sequence, true,
                $"stored CRC-32C {JournalRecordLayout.StoredChecksum(frame):x8} does not match the record's {length} bytes");
            var type = JournalRecordLayout.ReadType(frame);
            byte version = JournalRecordLayout.ReadVersion(frame);
            if (version != JournalRecordLayout.CurrentVersion || JournalRecordLayout.ReadReserved(frame) != 0
                || !CommandCodec.IsWellFormed(type, JournalRecordLayout.Payload(frame)))
            {
                return Fail(JournalProblemKind.UnsupportedRecord, file.Path, offset, _expected, sequence, false,
                    $"record type {(byte)type} version {version} with a {length - JournalRecordLayout.Overhead}-byte payload is not a record this build reads");
            }
            if (sequence != _expected)
            {
                return Fail(sequence > _expected ? JournalProblemKind.SequenceGap : JournalProblemKind.SequenceRepeated, file.Path, offset, _expected, sequence, false,
                    sequence > _expected ? $"sequence jumps from {_expected - 1} to {sequence}" : $"sequence {sequence} repeats or goes back (after {_expected - 1})");
            }
            _offset = offset + length;
            _expected = sequence + 1;
            LastSequence = sequence;
            if (RecordCount++ == 0) FirstSequence = sequence;
            if (sequence < _fromSequence) continue;
            record = new JournalRecord(sequence, type, new ReadOnlyMemory<byte>(_buffer, at + JournalRecordLayout.HeaderLength, length - JournalRecordLayout.Overhead), file.Path, offset);
            return true;
        }
        return false;
    }

    /// <summary>Reads to the end (or the first problem) without returning records.</summary>
    public void ScanToEnd()
    {
        while (TryNext(out _))
        {
        }
    }

    private bool OpenNextSegment()
    {
        _segmentIndex++;
        if (_segmentIndex >= _segments.Count)
        {
            _done = true;
            return false;
        }
        var segment = _segments[_segmentIndex];
        if (segment.FirstSequence != _expected)
        {
            return Fail(segment.FirstSequence > _expected ? JournalProblemKind.SequenceGap : JournalProblemKind.SequenceRepeated, segment.Path, 0, _expected, segment.FirstSequence, false,
                $"the segment's name says it starts at sequence {segment.FirstSequence} but the previous segment ends at {_expected - 1}");
        }
        _file = new SegmentFileReader(segment.Path, _buffer);
        _offset = 0;
        int at = _file.Ensure(0, JournalSegmentLayout.HeaderLength);
        string? headerProblem = at < 0
            ? $"the segment header is incomplete ({_file.Length} of {JournalSegmentLayout.HeaderLength} bytes)"
            : JournalSegmentLayout.CheckHeader(_buffer.AsSpan(at, JournalSegmentLayout.HeaderLength), segment.FirstSequence);
        if (headerProblem is not null) return Fail(JournalProblemKind.BadSegmentHeader, segment.Path, 0, _expected, null, true, headerProblem);
        _offset = JournalSegmentLayout.HeaderLength;
        return true;
    }

    /// <summary>
    /// Where the records of segment <paramref name="index"/> end (the byte after its last valid record), once the
    /// scan has passed its end cleanly; -1 before. A preallocated segment's file is longer: zeros follow.
    /// </summary>
    public long DataEndOf(int index) => _dataEnds[index];

    private void CloseSegment()
    {
        if (_file is not null && Problem is null) _dataEnds[_segmentIndex] = _offset;
        _file?.Dispose();
        _file = null;
    }

    /// <summary>Records the problem and returns false (the value <see cref="TryNext"/> returns).</summary>
    private bool Fail(JournalProblemKind kind, string path, long offset, long expected, long? found, bool tornTailPossible, string detail)
    {
        bool tornTail = tornTailPossible && !ValidRecordFollows(offset);
        Problem = new JournalProblem(kind, path, offset, expected, found, tornTail, detail);
        _offset = offset;
        CloseSegment();
        return false;
    }

    /// <summary>True when a valid record frame starts after <paramref name="offset"/> in the current segment or anywhere in a later one.</summary>
    private bool ValidRecordFollows(long offset)
    {
        if (_file is not null && _file.HasValidRecordFrom(offset + 1)) return true;
        var scratch = new byte[BufferSize];
        for (int i = Math.Max(_segmentIndex + 1, 0); i < _segments.Count; i++)
        {
            using var later = new SegmentFileReader(_segments[i].Path, scratch);
            if (later.HasValidRecordFrom(0)) return true;
        }
        return false;
    }

    public void Dispose() => CloseSegment();
}
