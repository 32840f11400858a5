namespace SocialExchange.Matching.Journaling;

public sealed partial class JournalWriter
{
    private JournalWriter(string directory, JournalWriterOptions options, JournalVerification recovery, IReadOnlyList<JournalWarning> warnings)
    {
        Directory = directory;
        _options = options;
        _buffer = new byte[options.BufferSize];
        Recovery = recovery;
        RecoveryWarnings = warnings;
    }

    /// <summary>
    /// Opens the journal in <paramref name="directory"/> for appending (creating the directory and the first
    /// segment when there is none), after checking every record:
    /// <list type="bullet">
    /// <item>clean: appending continues after the last record;</item>
    /// <item>torn tail (nothing valid after the damage): the damaged file is cut back to the last valid record,
    /// later empty segments are deleted, and a <see cref="JournalWarningKind.TornTailTruncated"/> warning names the
    /// file and offset;</item>
    /// <item>anything else (a bad checksum with valid records after it, a sequence gap or repeat, a record this
    /// build cannot read): <see cref="JournalCorruptedException"/> naming file, offset and sequence, and nothing is
    /// changed, unless <see cref="JournalWriterOptions.Repair"/> is <see cref="JournalRepair.TruncateAtCorruption"/>,
    /// which cuts the journal there (setting the cut bytes and later segments aside as <c>*.discarded</c>) with a
    /// <see cref="JournalWarningKind.CorruptionTruncated"/> warning.</item>
    /// </list>
    /// </summary>
    /// <exception cref="JournalCorruptedException">The journal is corrupted and repair was not asked for.</exception>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    /// <exception cref="JournalInUseException">Another writer has the journal open (see <see cref="JournalLock"/>).</exception>
    /// <exception cref="IOException">The directory or a segment cannot be opened at all (permissions, missing disk).</exception>
    public static JournalWriter Open(string directory, JournalWriterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        options ??= new JournalWriterOptions();
        options.Validate();
        directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(directory);
        // Before anything is read or cut: a second writer must not repair a journal the first is appending to.
        var writerLock = JournalLock.Acquire(directory);
        try
        {
            var writer = OpenLocked(directory, options);
            writer._lock = writerLock;
            return writer;
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    private static JournalWriter OpenLocked(string directory, JournalWriterOptions options)
    {
        JournalVerification found;
        int problemSegment;
        long[] dataEnds;
        using (var scanner = new JournalScanner(directory, 0))
        {
            scanner.ScanToEnd();
            found = JournalVerifier.ResultOf(directory, scanner);
            problemSegment = scanner.SegmentIndex;
            dataEnds = [.. Enumerable.Range(0, found.Segments.Count).Select(scanner.DataEndOf)];
        }

        var segments = found.Segments;
        int kept = segments.Count;
        var warnings = new List<JournalWarning>();
        if (found.Problem is { } problem)
        {
            if (!problem.IsTornTail && options.Repair != JournalRepair.TruncateAtCorruption)
            {
                throw new JournalCorruptedException(problem,
                    "The journal was not opened for writing and nothing was changed. To cut the journal at this record "
                    + "(losing every record after it), open it with JournalRepair.TruncateAtCorruption.");
            }
            kept = CutAt(found, problemSegment, problem, dataEnds, options, warnings);
        }

        var writer = new JournalWriter(directory, options, found, warnings);
        writer.OpenForAppend(segments, kept, found, kept == 0 ? 0 : dataEnds[kept - 1]);
        return writer;
    }

    /// <summary>
    /// Cuts the journal at the problem: the damaged segment is truncated at the damage (or goes entirely when the
    /// damage is its header or its name), later segments go. A torn tail is deleted (it holds no valid record);
    /// a repaired corruption is renamed aside, because it may hold records someone wants to look at.
    /// Returns how many segments remain, and sets the last one's entry of <paramref name="dataEnds"/> to where its
    /// records now end.
    /// </summary>
    private static int CutAt(JournalVerification found, int index, JournalProblem problem, long[] dataEnds, JournalWriterOptions options, List<JournalWarning> warnings)
    {
        bool repair = !problem.IsTornTail;
        var segments = found.Segments;
        long discarded = 0;
        for (int i = segments.Count - 1; i > index; i--)
        {
            discarded += WrittenLength(segments[i], options);
            SetAside(segments[i].Path, repair);
        }
        var damaged = segments[index];
        int kept;
        long cut = problem.Offset;
        string endPath = damaged.Path;
        if (cut < JournalSegmentLayout.HeaderLength && index > 0)
        {
            // No valid record in it, and its header or name cannot be trusted: the previous segment becomes the last.
            discarded += WrittenLength(damaged, options);
            SetAside(damaged.Path, repair);
            kept = index;
            endPath = segments[index - 1].Path;
            // Where its records end: a preallocated file is longer, and its zeros stay for the appends that follow.
            cut = dataEnds[index - 1];
        }
        else
        {
            // The first segment with a bad header keeps its name (the journal's start) and gets a fresh header.
            if (cut < JournalSegmentLayout.HeaderLength) cut = 0;
            discarded += Math.Max(0, WrittenLength(damaged, options) - cut);
            if (repair && damaged.Length > cut) CopyAside(damaged.Path, cut);
            using (var file = options.FileSystem.OpenSegment(damaged.Path, createNew: false))
            {
                file.SetLength(cut);
                // The cut must be on disk before new records land where the old bytes were.
                if (options.Durability == JournalDurability.Durable) file.FlushToDisk();
            }
            kept = index + 1;
        }
        dataEnds[kept - 1] = cut;
        if (options.Durability == JournalDurability.Durable) options.FileSystem.FlushDirectory(found.Directory);
        var warning = new JournalWarning(
            repair ? JournalWarningKind.CorruptionTruncated : JournalWarningKind.TornTailTruncated,
            endPath, cut, found.LastSequence, discarded, problem);
        warnings.Add(warning);
        options.OnWarning?.Invoke(warning);
        return kept;
    }

    /// <summary>
    /// Opens the last kept segment where its records end (<paramref name="dataEnd"/>), or creates the first one
    /// (prepared on this thread when segments are preallocated); then starts preparing the next segment.
    /// </summary>
    private void OpenForAppend(IReadOnlyList<JournalSegmentInfo> segments, int kept, JournalVerification found, long dataEnd)
    {
        long next = segments.Count == 0 ? _options.FirstSequence : found.NextSequence;
        _nextSequence = next;
        _lastAppended = next - 1;
        _durable = next - 1;
        if (_options.PreallocateSegments) _preallocator = new SegmentPreallocator(Directory, _options.SegmentSize);
        else File.Delete(Path.Combine(Directory, SegmentPreallocator.FileName)); // left by a run with the option on
        if (kept == 0)
        {
            _preallocator?.PrepareNow();
            _segment = CreateSegment(Path.Combine(Directory, JournalSegmentLayout.FileName(next)));
            if (_options.Durability == JournalDurability.Durable) _options.FileSystem.FlushDirectory(Directory);
            StartNewSegment(next);
        }
        else
        {
            var last = segments[kept - 1];
            _segment = _options.FileSystem.OpenSegment(last.Path, createNew: false);
            if (dataEnd < JournalSegmentLayout.HeaderLength)
            {
                _segment.SetLength(0);
                StartNewSegment(last.FirstSequence);
            }
            else
            {
                _segmentWritten = dataEnd;
                _pending = 0;
                _segmentHasRecords = dataEnd > JournalSegmentLayout.HeaderLength;
            }
        }
        _preallocator?.PrepareInBackground();
    }

    /// <summary>
    /// A segment's length for the warning's count of dropped bytes: with preallocated segments, without the zeros
    /// the file ends with (else a torn record in a fresh segment would read as tens of megabytes lost).
    /// </summary>
    private static long WrittenLength(JournalSegmentInfo segment, JournalWriterOptions options)
    {
        if (!options.PreallocateSegments) return segment.Length;
        using var file = new SegmentFileReader(segment.Path, new byte[64 * 1024]);
        return file.LengthWithoutZeroTail();
    }

    /// <summary>Deletes a torn, record-free segment, or renames a repaired one to <c>*.discarded</c>.</summary>
    private static void SetAside(string path, bool keep)
    {
        if (keep) File.Move(path, UniquePath(path + ".discarded"));
        else File.Delete(path);
    }

    /// <summary>Copies the bytes a repair cuts from <paramref name="path"/> (from <paramref name="offset"/> on) to a <c>*.discarded</c> file.</summary>
    private static void CopyAside(string path, long offset)
    {
        using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        source.Seek(offset, SeekOrigin.Begin);
        using var target = new FileStream(UniquePath($"{path}.at-{offset}.discarded"), FileMode.CreateNew, FileAccess.Write);
        source.CopyTo(target);
        target.Flush(flushToDisk: true);
    }

    private static string UniquePath(string path)
    {
        if (!File.Exists(path)) return path;
        for (int n = 2; ; n++)
        {
            string candidate = $"{path}.{n}";
            if (!File.Exists(candidate)) return candidate;
        }
    }
}
