using System.Diagnostics;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Prepares the journal's next segment file before the writer needs it: a file of the segment size in zeros,
/// written and flushed to disk off the writer's thread, which the writer renames into place when it rolls.
/// </summary>
/// <remarks>
/// Why: appending to a fresh file costs the writer twice on every batch. Each new page of the file is a new page
/// of the page cache, allocated and zeroed by the kernel inside the write call (on this project's VM the first
/// touch of memory is slow; the write copy was 12% of all samples of an unpaced run, on the journal thread), and
/// each fsync after an append must also commit the file's new size and blocks to the file system's own journal.
/// Overwriting blocks that are already allocated, on disk and in the cache, avoids both: an fsync after a 32 KB
/// write took p50 0.16-0.18 ms against 0.38-0.44 ms after an append, measured on this disk (bench/README.md).
/// The zeros are what a reader finds after the last record (<see cref="JournalSegmentLayout"/>). Writing them costs
/// about as much as the records, so in the background it paces itself; the option is off by default
/// (<see cref="JournalWriterOptions.PreallocateSegments"/> says why).
/// <para>
/// The file is written with plain file calls, not through <see cref="IJournalFileSystem"/>: preparing is an
/// optimisation, and the writer opens the renamed file through the seam like any segment, so injected faults
/// still reach every write and flush of records. A preparation that fails (disk full) is not a journal failure:
/// the writer creates its next segment the ordinary way, and the write that then fails says so.
/// </para>
/// </remarks>
internal sealed class SegmentPreallocator : IDisposable
{
    /// <summary>The file being prepared; not a segment name, so readers ignore it.</summary>
    public const string FileName = "next-segment.preallocated";

    private const int ChunkSize = 1024 * 1024;

    private readonly string _path;
    private readonly long _size;
    private readonly CancellationTokenSource _stop = new();
    private Task? _preparing;

    /// <summary>Deletes a prepared file a previous writer left (it may be half written); prepares nothing yet.</summary>
    public SegmentPreallocator(string directory, long size)
    {
        _path = Path.Combine(directory, FileName);
        _size = size;
        File.Delete(_path);
    }

    /// <summary>Segments the writer had to create unprepared because the next file was not ready (or failed).</summary>
    public int Misses { get; private set; }

    /// <summary>Why the last preparation failed, when a roll found it so; null when none has.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>Starts preparing the next file on a thread-pool thread, unless one is ready or under way.</summary>
    public void PrepareInBackground()
    {
        if (_preparing is null || _preparing.IsFaulted) _preparing = Task.Run(() => Prepare(paced: true));
    }

    /// <summary>Prepares the next file on the calling thread (the first segment of a new journal).</summary>
    public void PrepareNow()
    {
        _preparing = Task.CompletedTask;
        try
        {
            Prepare(paced: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _preparing = Task.FromException(e);
        }
    }

    /// <summary>
    /// Moves the prepared file to <paramref name="segmentPath"/> when it is ready and returns true; false (and
    /// counts a miss) when it is still being written or failed, and the caller creates the segment itself.
    /// </summary>
    /// <exception cref="IOException">The rename failed.</exception>
    public bool TryTake(string segmentPath)
    {
        var preparing = _preparing;
        if (preparing is not { IsCompletedSuccessfully: true })
        {
            if (preparing?.Exception?.InnerException is { } failure) LastFailure = $"preparing {_path}: {failure.Message}";
            Misses++;
            return false;
        }
        _preparing = null;
        File.Move(_path, segmentPath);
        return true;
    }

    /// <summary>Stops a preparation under way and deletes the unused file.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _preparing?.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled or failed: the file is deleted below either way.
        }
        try
        {
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover is deleted by the next writer that opens the journal.
        }
        _stop.Dispose();
    }

    /// <param name="paced">Sleep between chunks, to leave the cores to the pipeline (not when the opening thread waits for it).</param>
    private void Prepare(bool paced)
    {
        var zeros = new byte[ChunkSize];
        using var file = File.OpenHandle(_path, FileMode.Create, FileAccess.Write, FileShare.Read);
        for (long offset = 0; offset < _size; offset += ChunkSize)
        {
            _stop.Token.ThrowIfCancellationRequested();
            long started = Stopwatch.GetTimestamp();
            RandomAccess.Write(file, zeros.AsSpan(0, (int)Math.Min(ChunkSize, _size - offset)), offset);
            if (offset % FlushEvery == FlushEvery - ChunkSize) RandomAccess.FlushToDisk(file);
            // Pace: the writer's stages need the cores more than this file needs to be ready early.
            if (paced) Thread.Sleep(Stopwatch.GetElapsedTime(started) * IdleShare);
        }
        RandomAccess.FlushToDisk(file);
    }

    /// <summary>Written zeros are flushed this often, so the final flush (and the disk queue) stays small.</summary>
    private const long FlushEvery = 8 * ChunkSize;

    /// <summary>After each chunk, sleep this many times as long as it took: a quarter of a core at most.</summary>
    private const int IdleShare = 3;
}
