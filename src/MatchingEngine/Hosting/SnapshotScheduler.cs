using System.Diagnostics;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Hands snapshot requests from any thread to the matching thread, which writes the snapshot between two batches
/// (<see cref="MatchingStage"/>). Before writing it waits until the journal holds every command the snapshot
/// covers, so a snapshot is never ahead of the journal that recovery replays after it.
/// </summary>
internal sealed class SnapshotScheduler(SnapshotStore? store, Sequence? durable, HostState state, Action<SnapshotWritten>? written)
{
    private TaskCompletionSource<SnapshotWritten>? _request;

    public bool IsRequested => Volatile.Read(ref _request) is not null;

    /// <summary>Asks for a snapshot; joins the pending request if there is one.</summary>
    public Task<SnapshotWritten> Request()
    {
        if (store is null) return Task.FromException<SnapshotWritten>(new InvalidOperationException("the host has no snapshot directory"));
        var request = new TaskCompletionSource<SnapshotWritten>(TaskCreationOptions.RunContinuationsAsynchronously);
        var pending = Interlocked.CompareExchange(ref _request, request, null);
        return (pending ?? request).Task;
    }

    /// <summary>On the matching thread, between batches: waits for the journal, writes, answers the request.</summary>
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
            var snapshot = store!.Write(engine, sequence) with { Pause = Stopwatch.GetElapsedTime(started) };
            written?.Invoke(snapshot);
            request.SetResult(snapshot);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            request.SetException(e);
        }
    }
}
