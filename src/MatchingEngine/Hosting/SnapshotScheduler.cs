using System.Diagnostics;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Pipeline;
using SocialExchange.Matching.Snapshots;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Hands snapshot requests from any thread to the matching thread, which captures the snapshot between two batches
/// (<see cref="MatchingStage"/>). Before capturing it waits until the journal holds every command the snapshot
/// covers, so a snapshot is never ahead of the journal that recovery replays after it.
/// </summary>
/// <remarks>
/// The matching thread only serialises the engine into memory (a <see cref="SnapshotBuffer"/> kept from one
/// snapshot to the next); a thread-pool thread then writes the file, flushes it to disk, renames it into place and
/// answers the request. Writing the file was most of the pause: for 985,000 open orders the capture takes about
/// 0.2 s, where capture and file together took about 1 s (bench/README.md, "The snapshot pause"). The price is
/// memory: the buffer stays the size of the largest snapshot. One buffer: a request that arrives while the
/// previous file is still being written waits for it (in the matching pause).
/// </remarks>
internal sealed class SnapshotScheduler(SnapshotStore? store, Sequence? durable, HostState state, Action<SnapshotWritten>? written)
{
    private readonly SnapshotBuffer _buffer = new();
    private TaskCompletionSource<SnapshotWritten>? _request;
    private Task _saving = Task.CompletedTask;

    public bool IsRequested => Volatile.Read(ref _request) is not null;

    /// <summary>Asks for a snapshot; joins the pending request if there is one.</summary>
    public Task<SnapshotWritten> Request()
    {
        if (store is null) return Task.FromException<SnapshotWritten>(new InvalidOperationException("the host has no snapshot directory"));
        var request = new TaskCompletionSource<SnapshotWritten>(TaskCreationOptions.RunContinuationsAsynchronously);
        var pending = Interlocked.CompareExchange(ref _request, request, null);
        return (pending ?? request).Task;
    }

    /// <summary>On the matching thread, between batches: waits for the journal, captures, and leaves the file to another thread.</summary>
    public void WriteNow<THandler>(MatchingEngine<THandler> engine, long sequence) where THandler : Events.IEngineEventHandler
    {
        var request = Interlocked.Exchange(ref _request, null);
        if (request is null) return;
        try
        {
            long started = Stopwatch.GetTimestamp();
            var spin = new SpinWait();
            while (durable is not null && durable.Value < sequence)
            {
                if (state.JournalHasFailed) throw new InvalidOperationException("no snapshot: the journal failed, so the engine holds commands that are not durable");
                spin.SpinOnce(sleep1Threshold: -1);
            }
            WaitForSaves();
            _buffer.Reset();
            engine.WriteSnapshot(_buffer, sequence);
            var pause = Stopwatch.GetElapsedTime(started);
            _saving = Task.Run(() => Save(request, sequence, pause));
        }
        catch (Exception e) when (e is InvalidOperationException)
        {
            request.SetException(e);
        }
    }

    /// <summary>Returns once the last captured snapshot is on disk (or failed); the host's stop calls it.</summary>
    public void WaitForSaves() => _saving.GetAwaiter().GetResult();

    /// <summary>Fails a request no matching thread will serve any more (it came as the host stopped).</summary>
    public void RefusePending(string reason) =>
        Interlocked.Exchange(ref _request, null)?.TrySetException(new InvalidOperationException("no snapshot: " + reason));

    private void Save(TaskCompletionSource<SnapshotWritten> request, long sequence, TimeSpan pause)
    {
        try
        {
            var snapshot = store!.Write(_buffer, sequence) with { Pause = pause };
            written?.Invoke(snapshot);
            request.SetResult(snapshot);
        }
        catch (Exception e)
        {
            // The request carries any failure (disk full, or a bug) to whoever asked; the host keeps running.
            request.TrySetException(e);
        }
    }
}
