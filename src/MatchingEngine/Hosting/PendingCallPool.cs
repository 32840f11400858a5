using System.Collections.Concurrent;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// The reusable <see cref="PendingCall"/>s, addressed by index so a ring slot carries an <see cref="int"/>, not a
/// reference. It grows when every call is in use (more callers waiting than ever before) and never shrinks.
/// </summary>
internal sealed class PendingCallPool
{
    private readonly ConcurrentQueue<PendingCall> _free = new();
    private readonly Lock _growLock = new();
    private PendingCall[] _calls = [];

    public PendingCall Rent()
    {
        var call = Take();
        call.Rent();
        return call;
    }

    /// <summary>Completes every call still waiting: when a stage crashed and the normal path never will.</summary>
    public void CompleteAll(CommandOutcome outcome)
    {
        foreach (var call in Volatile.Read(ref _calls)) call.TryComplete(in outcome);
    }

    private PendingCall Take()
    {
        if (_free.TryDequeue(out var call)) return call;
        lock (_growLock)
        {
            if (_free.TryDequeue(out call)) return call;
            // Double the pool, so a burst of callers costs a logarithmic number of growths.
            int count = _calls.Length;
            var calls = new PendingCall[Math.Max(16, 2 * count)];
            _calls.CopyTo(calls, 0);
            for (int i = count; i < calls.Length; i++) calls[i] = new PendingCall(this, i);
            Volatile.Write(ref _calls, calls);
            for (int i = count + 1; i < calls.Length; i++) _free.Enqueue(calls[i]);
            return calls[count];
        }
    }

    public PendingCall this[int index] => Volatile.Read(ref _calls)[index];

    public void Return(PendingCall call) => _free.Enqueue(call);
}
