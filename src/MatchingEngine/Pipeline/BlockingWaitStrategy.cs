using System.Diagnostics;

namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// Waits on a monitor until signalled: no CPU while idle, at the cost of a wake-up (a futex call, some
/// microseconds) when the waiter is needed again. Producers signal after each publish and processors after each
/// batch, so consumers waiting for data, consumers waiting for another consumer, and producers waiting for room
/// all sleep on the same monitor and re-check on every signal.
/// </summary>
/// <remarks>
/// <para>
/// A signal costs a full fence and one load while nobody waits; the lock and <see cref="Monitor.PulseAll"/> only
/// happen when a waiter has announced itself. Lost wake-ups are ruled out by store-then-load ordering on both
/// sides (the Dekker pattern): the waiter sets <see cref="_waiting"/> with an interlocked exchange (full fence)
/// and then re-checks its condition; the signaller makes its progress visible (publish, sequence update, alert),
/// issues a full fence, then reads <see cref="_waiting"/>. At least one of them sees the other's store: either the
/// waiter sees the progress and does not wait, or the signaller sees the flag and pulses. The waiter sets the flag
/// and re-checks while holding the lock, and the signaller takes the lock to pulse, so the pulse cannot fall
/// between the waiter's check and its <see cref="Monitor.Wait(object)"/>.
/// </para>
/// <para>
/// One instance per ring: every thread that waits on it is woken by every signal.
/// </para>
/// </remarks>
public sealed class BlockingWaitStrategy : IWaitStrategy
{
    /// <summary>The monitor waiters sleep on.</summary>
    private readonly object _gate = new();

    /// <summary>1 while some thread may be in <see cref="Monitor.Wait(object)"/>; cleared by the signaller that pulses.</summary>
    private int _waiting;

    /// <inheritdoc/>
    public bool IsBlocking => true;

    /// <inheritdoc/>
    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        ArgumentNullException.ThrowIfNull(barrier);
        long available = barrier.Available(sequence);
        if (available >= sequence || barrier.IsAlerted) return available;
        lock (_gate)
        {
            while (true)
            {
                // Full fence: the re-check below reads progress made before any signaller read the flag as 0.
                Interlocked.Exchange(ref _waiting, 1);
                available = barrier.Available(sequence);
                if (available >= sequence || barrier.IsAlerted) return available;
                Monitor.Wait(_gate);
            }
        }
    }

    /// <inheritdoc/>
    public bool WaitForCapacity(Sequencer sequencer, int count, long deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequencer);
        if (sequencer.HasAvailableCapacity(count)) return true;
        // Cancellation wakes the waiter like any other signal; registered outside the lock, because disposing the
        // registration waits for a running callback, and the callback takes the lock.
        using var registration = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static state => ((BlockingWaitStrategy)state!).Pulse(), this)
            : default;
        lock (_gate)
        {
            while (true)
            {
                Interlocked.Exchange(ref _waiting, 1);
                if (sequencer.HasAvailableCapacity(count)) return true;
                cancellationToken.ThrowIfCancellationRequested();
                int timeoutMs = Timeout.Infinite;
                if (deadline != long.MaxValue)
                {
                    long remaining = deadline - Stopwatch.GetTimestamp();
                    if (remaining <= 0) return false;
                    timeoutMs = (int)Math.Min(int.MaxValue, (remaining * 1000 + Stopwatch.Frequency - 1) / Stopwatch.Frequency);
                }
                Monitor.Wait(_gate, timeoutMs);
            }
        }
    }

    /// <inheritdoc/>
    public void SignalAllWhenBlocking()
    {
        // Full fence: the caller's progress (a release store just before) is ordered before the flag is read.
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _waiting) != 0) Pulse();
    }

    /// <summary>Clears the flag and wakes every waiter; each sets the flag again if it must keep waiting.</summary>
    private void Pulse()
    {
        lock (_gate)
        {
            _waiting = 0;
            Monitor.PulseAll(_gate);
        }
    }
}
