namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Appends commands to an append-only journal of segment files (<see cref="JournalSegmentLayout"/>, records in
/// <see cref="JournalRecordLayout"/>), shaped for the pipeline's journal stage: for each command of a batch
/// <see cref="Append{TCommand}"/> into the buffer, then one <see cref="Commit"/> that makes the batch durable under
/// the <see cref="JournalDurability"/> mode and returns the highest durable sequence, which is what the pipeline
/// may acknowledge up to.
/// <para>
/// Failures are a state, not exceptions: when a write, flush or segment creation fails (disk full, I/O error),
/// the writer turns <see cref="JournalWriterStatus.Failed"/> with a <see cref="FailureReason"/>, refuses every
/// further append with <see cref="JournalAppendResult.WriterFailed"/>, and its durable sequence never moves again,
/// so nothing that was not written and flushed is ever reported durable. Exceptions remain for bugs (a type that
/// is not a command) and for refusing to open a corrupted journal (<see cref="JournalCorruptedException"/>).
/// </para>
/// <para>
/// Single-threaded: one thread appends and commits. <see cref="DurableSequence"/> and <see cref="Status"/> may be
/// read from any thread. No allocation per record: records are encoded straight into a buffer allocated once,
/// and a batch goes to the file in one positional write.
/// </para>
/// </summary>
public sealed partial class JournalWriter : IDisposable
{
    private readonly JournalWriterOptions _options;
    private readonly byte[] _buffer;
    private IJournalSegmentFile? _segment;
    private JournalLock? _lock;
    private SegmentPreallocator? _preallocator;

    /// <summary>Bytes of the current segment already handed to the operating system.</summary>
    private long _segmentWritten;

    /// <summary>Bytes at the start of <see cref="_buffer"/> not yet written: the continuation of the current segment.</summary>
    private int _pending;

    /// <summary>A segment holds at least one record before it rolls, so one oversized listing cannot roll forever.</summary>
    private bool _segmentHasRecords;

    private long _nextSequence;
    private long _lastAppended;

    /// <summary>Read across threads by the acknowledging stage: written with <see cref="Volatile.Write(ref long, long)"/>.</summary>
    private long _durable;

    private volatile JournalWriterStatus _status = JournalWriterStatus.Writing;
    private string? _failureReason;
    private Exception? _failure;

    /// <summary>The journal directory.</summary>
    public string Directory { get; }

    /// <summary>The options it was opened with.</summary>
    public JournalWriterOptions Options => _options;

    /// <summary>Writing, failed or closed.</summary>
    public JournalWriterStatus Status => _status;

    /// <summary>What failed, with the file and offset; null unless <see cref="Status"/> is <see cref="JournalWriterStatus.Failed"/>.</summary>
    public string? FailureReason => Volatile.Read(ref _failureReason);

    /// <summary>The I/O exception behind the failure.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>The sequence the next append must have.</summary>
    public long NextSequence => _nextSequence;

    /// <summary>The last sequence appended (buffered or written); on opening, the last valid record's.</summary>
    public long LastAppendedSequence => _lastAppended;

    /// <summary>
    /// The highest sequence durable under the mode: everything up to it is in the journal and survives what the
    /// mode promises. On opening, the last valid record's sequence (one less than the first for an empty journal).
    /// </summary>
    public long DurableSequence => Volatile.Read(ref _durable);

    /// <summary>The segment file being written.</summary>
    public string? CurrentSegmentPath => _segment?.Path;

    /// <summary>
    /// With <see cref="JournalWriterOptions.PreallocateSegments"/>: segments this writer had to create as empty
    /// files because the next prepared one was not ready yet (or its preparation failed). Zero otherwise.
    /// </summary>
    public int PreallocationMisses => _preallocator?.Misses ?? 0;

    /// <summary>Why preparing a segment last failed (the I/O error, with the file); null when it never did.</summary>
    public string? PreallocationProblem => _preallocator?.LastFailure;

    /// <summary>The journal as opening found it, before any truncation.</summary>
    public JournalVerification Recovery { get; }

    /// <summary>The warnings opening produced (torn tail truncated, corruption repaired); empty for a clean journal.</summary>
    public IReadOnlyList<JournalWarning> RecoveryWarnings { get; }

    /// <summary>
    /// Appends one command with its sequence number to the buffer. The sequence must be the one after the last
    /// appended. The record is not durable until a <see cref="Commit"/> covers it. When the buffer is full it is
    /// written to the file first, and when the record would take the segment past its size a new segment starts.
    /// </summary>
    /// <typeparam name="TCommand">One of the command structs of <c>SocialExchange.Matching.Commands</c>, or <see cref="ListInstrument"/>.</typeparam>
    public JournalAppendResult Append<TCommand>(long sequence, in TCommand command) where TCommand : struct
    {
        if (_status != JournalWriterStatus.Writing)
            return _status == JournalWriterStatus.Failed ? JournalAppendResult.WriterFailed : JournalAppendResult.WriterClosed;
        if (sequence != _nextSequence) return JournalAppendResult.SequenceOutOfOrder;
        int payloadLength = CommandCodec.PayloadLength(in command);
        if (payloadLength > JournalRecordLayout.MaxPayloadLength) return JournalAppendResult.RecordTooLarge;
        int recordLength = payloadLength + JournalRecordLayout.Overhead;
        if (_segmentHasRecords && _segmentWritten + _pending + recordLength > _options.SegmentSize && !TryRoll(sequence))
            return JournalAppendResult.WriterFailed;
        if (_pending + recordLength > _buffer.Length && !TryWritePending()) return JournalAppendResult.WriterFailed;

        var record = _buffer.AsSpan(_pending, recordLength);
        CommandCodec.Encode(in command, record[JournalRecordLayout.HeaderLength..]);
        JournalRecordLayout.Seal(record, sequence, CommandCodec.RecordTypeOf<TCommand>(), payloadLength);
        _pending += recordLength;
        _segmentHasRecords = true;
        _lastAppended = sequence;
        _nextSequence = sequence + 1;
        return JournalAppendResult.Appended;
    }

    /// <summary>
    /// Ends a batch: makes every appended record durable under the mode and returns the highest durable
    /// sequence. <see cref="JournalDurability.None"/>: no I/O, every appended record counts.
    /// <see cref="JournalDurability.Async"/>: one write of the buffered batch to the operating system.
    /// <see cref="JournalDurability.Durable"/>: that write, then one fsync, then the whole batch counts.
    /// After a failure it returns the durable sequence from before the failure, forever.
    /// </summary>
    public long Commit()
    {
        if (_status != JournalWriterStatus.Writing || _lastAppended == _durable) return DurableSequence;
        switch (_options.Durability)
        {
            case JournalDurability.Async:
                if (!TryWritePending()) return DurableSequence;
                break;
            case JournalDurability.Durable:
                if (!TryWritePending() || !TryFlushToDisk()) return DurableSequence;
                break;
        }
        Volatile.Write(ref _durable, _lastAppended);
        return _lastAppended;
    }

    /// <summary>
    /// Writes what is buffered and, in the async and durable modes, flushes it to disk, then closes the segment.
    /// A failure here leaves <see cref="Status"/> failed (check it after a clean stop); dispose never throws.
    /// </summary>
    public void Dispose()
    {
        if (_status == JournalWriterStatus.Closed) return;
        if (_status == JournalWriterStatus.Writing)
        {
            bool written = TryWritePending()
                && (_options.Durability == JournalDurability.None || TryFlushToDisk());
            if (written) Volatile.Write(ref _durable, _lastAppended);
        }
        try
        {
            _segment?.Dispose();
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            // Closing a handle after everything was flushed: nothing left to lose.
        }
        _segment = null;
        _preallocator?.Dispose();
        _preallocator = null;
        _lock?.Dispose();
        _lock = null;
        if (_status == JournalWriterStatus.Writing) _status = JournalWriterStatus.Closed;
    }

    /// <summary>Closes the full segment (flushed to disk in the durable mode) and starts the next at <paramref name="firstSequence"/>.</summary>
    private bool TryRoll(long firstSequence)
    {
        if (!TryWritePending()) return false;
        if (_options.Durability == JournalDurability.Durable && !TryFlushToDisk()) return false;
        var full = _segment!;
        string path = Path.Combine(Directory, JournalSegmentLayout.FileName(firstSequence));
        IJournalSegmentFile next;
        try
        {
            next = CreateSegment(path);
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            return Fail(e, $"creating segment {path}");
        }
        if (_options.Durability == JournalDurability.Durable)
        {
            // The new file's directory entry must be on disk before records in it are reported durable.
            try
            {
                _options.FileSystem.FlushDirectory(Directory);
            }
            catch (Exception e) when (IsIoFailure(e))
            {
                next.Dispose();
                return Fail(e, $"flushing directory {Directory} after creating segment {path}");
            }
        }
        try
        {
            full.Dispose();
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            // Its contents are already written (and flushed when the mode asks); a failing close loses nothing.
        }
        _segment = next;
        StartNewSegment(firstSequence);
        _preallocator?.PrepareInBackground();
        return true;
    }

    /// <summary>The prepared file renamed to <paramref name="path"/> when one is ready, else a new empty file; opened through the file-system seam either way.</summary>
    private IJournalSegmentFile CreateSegment(string path)
    {
        bool prepared = _preallocator?.TryTake(path) == true;
        return _options.FileSystem.OpenSegment(path, createNew: !prepared);
    }

    /// <summary>Puts a new segment's header at the front of the (empty) buffer: it goes to disk with the first batch.</summary>
    private void StartNewSegment(long firstSequence)
    {
        JournalSegmentLayout.WriteHeader(_buffer, firstSequence);
        _pending = JournalSegmentLayout.HeaderLength;
        _segmentWritten = 0;
        _segmentHasRecords = false;
    }

    private bool TryWritePending()
    {
        if (_pending == 0) return true;
        var segment = _segment!;
        try
        {
            segment.Write(_buffer.AsSpan(0, _pending), _segmentWritten);
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            return Fail(e, $"writing {_pending} bytes to {segment.Path} at offset {_segmentWritten}");
        }
        _segmentWritten += _pending;
        _pending = 0;
        return true;
    }

    private bool TryFlushToDisk()
    {
        var segment = _segment!;
        try
        {
            segment.FlushToDisk();
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            // After a failed fsync the kernel may have dropped the dirty pages: what was written cannot be trusted
            // to be on disk, so nothing written since the last successful flush may be reported durable.
            return Fail(e, $"flushing {segment.Path} to disk (up to offset {_segmentWritten})");
        }
        return true;
    }

    /// <summary>Enters the failed state for good; returns false for the caller to pass on.</summary>
    private bool Fail(Exception exception, string action)
    {
        Volatile.Write(ref _failure, exception);
        Volatile.Write(ref _failureReason, $"journal write failed while {action}: {exception.Message}; "
            + $"appends are refused, last durable sequence {DurableSequence}");
        _status = JournalWriterStatus.Failed;
        return false;
    }

    private static bool IsIoFailure(Exception e) => e is IOException or UnauthorizedAccessException;
}
