using System.Diagnostics;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Snapshots;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Rebuilds the engine after a stop or a crash: the newest usable snapshot, then the journal records after it.
/// <list type="number">
/// <item>Open the journal for appending: its recovery scan gives the range of valid records (it cuts a torn
/// tail with a warning, and refuses mid-journal corruption unless the repair option says to cut there). The
/// newest snapshot is read (or, without one, the empty engine built) on this thread meanwhile.</item>
/// <item>Take the newest snapshot that reads cleanly and that the journal continues (its sequence is within the
/// journal's range, or the journal is empty). A damaged snapshot, one of another format version, or one the
/// journal does not reach is skipped with its reason, and the next older one is tried: a longer replay.</item>
/// <item>Without a usable snapshot, replay the whole journal, which must then start at sequence 1; otherwise
/// refuse with <see cref="RecoveryException"/>, naming what is missing.</item>
/// <item>Replay the records after the snapshot.</item>
/// </list>
/// The engine is deterministic, so the state hash afterwards equals the hash the live engine had after the same
/// last command.
/// </summary>
public static class EngineRecovery
{
    /// <exception cref="RecoveryException">No consistent state can be rebuilt; the message says why.</exception>
    /// <exception cref="JournalCorruptedException">The journal is corrupted and <see cref="JournalWriterOptions.Repair"/> does not allow cutting it.</exception>
    public static RecoveredEngine<THandler> Recover<THandler>(
        string journalDirectory, SnapshotStore? snapshots, EngineOptions engineOptions, THandler handler, JournalWriterOptions? journalOptions = null)
        where THandler : IEngineEventHandler
    {
        ArgumentException.ThrowIfNullOrEmpty(journalDirectory);
        ArgumentNullException.ThrowIfNull(engineOptions);
        journalOptions ??= new JournalWriterOptions();
        long started = Stopwatch.GetTimestamp();

        // The journal is scanned once, by the writer's own recovery, whose findings give the range of valid
        // records. Only an empty journal needs the snapshot first: its first sequence follows the snapshot's.
        bool journalHasSegments = Directory.Exists(journalDirectory) && JournalSegmentLayout.AnySegmentIn(journalDirectory);
        var candidates = snapshots?.List() ?? [];
        // The scan and the first candidate state (the newest snapshot, or a new engine when there is none) do not
        // depend on each other, and for a large market both take long: the scan reads every record, building the
        // engine writes its order pool and map for the first time. So they run on two threads at once, and the
        // candidate is checked against the journal's range once both are done (measured in bench/README.md,
        // "Recovery").
        var opening = journalHasSegments ? Task.Run(() => JournalWriter.Open(journalDirectory, journalOptions)) : null;
        var newestSkipped = new List<SkippedSnapshot>();
        MatchingEngine<THandler>? newest;
        try
        {
            newest = candidates.Count > 0 ? TryRead(candidates[0], handler, newestSkipped) : new MatchingEngine<THandler>(engineOptions, handler);
        }
        catch
        {
            DisposeWhenOpened(opening);
            throw;
        }
        JournalWriter? journal = opening?.GetAwaiter().GetResult();
        var found = journal?.Recovery;
        bool journalHasRecords = found is { RecordCount: > 0 };
        var skipped = new List<SkippedSnapshot>();
        MatchingEngine<THandler>? engine = null;
        SnapshotFile? used = null;
        try
        {
            for (int i = 0; i < candidates.Count; i++)
            {
                var file = candidates[i];
                if (journalHasRecords && file.Sequence > found!.LastSequence)
                {
                    skipped.Add(new SkippedSnapshot(file.Path, file.Sequence, $"the journal ends at sequence {found.LastSequence}, before the snapshot"));
                    continue;
                }
                if (journalHasRecords && file.Sequence < found!.FirstSequence - 1)
                {
                    skipped.Add(new SkippedSnapshot(file.Path, file.Sequence, $"the journal starts at sequence {found.FirstSequence}, after the snapshot's next command"));
                    continue;
                }
                if (i == 0) skipped.AddRange(newestSkipped);
                if ((i == 0 ? newest : TryRead(file, handler, skipped)) is { } read)
                {
                    engine = read;
                    used = file;
                    break;
                }
            }

            if (engine is null)
            {
                if (journalHasRecords && found!.FirstSequence != 1)
                    throw new RecoveryException(
                        $"cannot recover: the journal in {found.Directory} starts at sequence {found.FirstSequence} and no usable snapshot covers the commands before it"
                        + string.Concat(skipped.Select(s => "; " + s)));
                engine = candidates.Count == 0 ? newest! : new MatchingEngine<THandler>(engineOptions, handler);
            }
        }
        catch
        {
            journal?.Dispose();
            throw;
        }

        long snapshotSequence = used?.Sequence ?? 0;
        journal ??= JournalWriter.Open(journalDirectory, journalOptions with { FirstSequence = snapshotSequence + 1 });
        long replayStarted = Stopwatch.GetTimestamp();
        long replayed = 0;
        long last = snapshotSequence;
        try
        {
            if (journal.LastAppendedSequence > snapshotSequence)
            {
                // A second thread reads and checks the journal a batch ahead of this one (JournalReadAhead).
                var result = JournalReplayer.Replay(journalDirectory, engine, snapshotSequence + 1);
                replayed = result.Count;
                last = result.LastSequence;
            }
        }
        catch
        {
            journal.Dispose();
            throw;
        }
        var replayTime = Stopwatch.GetElapsedTime(replayStarted);
        return new RecoveredEngine<THandler>(engine, journal, last, used, skipped, replayed, replayTime, Stopwatch.GetElapsedTime(started), journal.RecoveryWarnings);
    }

    /// <summary>After a failure on this thread: waits for the journal the other thread is opening and closes it (releasing its lock).</summary>
    private static void DisposeWhenOpened(Task<JournalWriter>? opening)
    {
        if (opening is null) return;
        try
        {
            opening.GetAwaiter().GetResult().Dispose();
        }
        catch (Exception)
        {
            // Opening failed as well; the failure on this thread is the one reported.
        }
    }

    private static MatchingEngine<THandler>? TryRead<THandler>(SnapshotFile file, THandler handler, List<SkippedSnapshot> skipped)
        where THandler : IEngineEventHandler
    {
        try
        {
            using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var engine = MatchingEngine<THandler>.ReadSnapshot(stream, handler, out long sequence);
            if (sequence == file.Sequence) return engine;
            skipped.Add(new SkippedSnapshot(file.Path, file.Sequence, $"its header says sequence {sequence}, its name {file.Sequence}"));
        }
        catch (SnapshotFormatException e)
        {
            skipped.Add(new SkippedSnapshot(file.Path, file.Sequence, e.Message));
        }
        catch (IOException e)
        {
            skipped.Add(new SkippedSnapshot(file.Path, file.Sequence, "cannot be read: " + e.Message));
        }
        return null;
    }
}
