using System.Threading.Tasks.Sources;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// A caller waiting for its acknowledgement: the source behind the <see cref="ValueTask{TResult}"/> that
/// <see cref="EngineHost.SubmitAsync"/> returns. Pooled, so an awaited command allocates nothing in steady state:
/// reading the result returns it to its pool.
/// </summary>
internal sealed class PendingCall : IValueTaskSource<CommandOutcome>
{
    private readonly PendingCallPool _pool;

    // Continuations run on the thread pool, never inline on the fan-out thread: a caller's slow continuation must
    // not hold up everyone else's acknowledgements.
    private ManualResetValueTaskSourceCore<CommandOutcome> _core = new() { RunContinuationsAsynchronously = true };

    public PendingCall(PendingCallPool pool, int index)
    {
        _pool = pool;
        Index = index;
    }

    /// <summary>Its place in the pool, carried through the rings instead of a reference.</summary>
    public int Index { get; }

    public ValueTask<CommandOutcome> Task => new(this, _core.Version);

    // 0: in the pool; 1: rented, waiting; 2: completed, result not read yet.
    private int _state;

    /// <summary>Marks it rented; the pool calls it.</summary>
    public void Rent() => Volatile.Write(ref _state, 1);

    /// <summary>
    /// Completes the wait, once: the fan-out stage does it normally, and the host does it for every waiting call
    /// when a stage crashes. Whoever comes second does nothing.
    /// </summary>
    public bool TryComplete(in CommandOutcome outcome)
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1) return false;
        _core.SetResult(outcome);
        return true;
    }

    public CommandOutcome GetResult(short token)
    {
        var outcome = _core.GetResult(token);
        _core.Reset();
        Volatile.Write(ref _state, 0);
        _pool.Return(this);
        return outcome;
    }

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}
