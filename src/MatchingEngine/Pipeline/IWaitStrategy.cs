namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// How a thread waits on a ring: a consumer for a sequence to become available, a producer for a free slot. The
/// choice trades CPU for latency: <see cref="BusySpinWaitStrategy"/> (a core per waiting thread, lowest latency),
/// <see cref="YieldingWaitStrategy"/> (spins, then yields the core to other runnable threads),
/// <see cref="BlockingWaitStrategy"/> (sleeps on a monitor until signalled; no CPU while idle).
/// </summary>
public interface IWaitStrategy
{
    /// <summary>
    /// Whether waiters sleep and must be woken: producers then call <see cref="SignalAllWhenBlocking"/> after each
    /// publish and processors after each batch. False lets both skip the call.
    /// </summary>
    bool IsBlocking { get; }

    /// <summary>
    /// Waits until <paramref name="barrier"/>'s <see cref="SequenceBarrier.Available"/> reaches
    /// <paramref name="sequence"/> and returns it; returns a smaller value only if the barrier is alerted.
    /// </summary>
    long WaitFor(long sequence, SequenceBarrier barrier);

    /// <summary>
    /// Waits until <paramref name="sequencer"/> has room for <paramref name="count"/> more claims, or until the
    /// <see cref="System.Diagnostics.Stopwatch"/> timestamp <paramref name="deadline"/> (<see cref="long.MaxValue"/>:
    /// never). True when there is room (another producer may still take it first), false at the deadline;
    /// <see cref="OperationCanceledException"/> on cancellation.
    /// </summary>
    bool WaitForCapacity(Sequencer sequencer, int count, long deadline, CancellationToken cancellationToken);

    /// <summary>Wakes every thread blocked in this strategy so it re-checks its condition; nothing for the spinning strategies.</summary>
    void SignalAllWhenBlocking();
}
