using System.Diagnostics;

namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// Waits by re-checking in a tight loop: the lowest wake-up latency, at the cost of a whole core per waiting
/// thread. Only for threads that each have a core of their own; with more waiting threads than cores, a spinning
/// thread can keep the one it waits for off the CPU for a whole scheduler time slice.
/// </summary>
/// <remarks>
/// Each check is followed by <see cref="Thread.SpinWait(int)"/> with 1 (a pause instruction, about 30 ns here; the
/// Disruptor's <c>Thread.onSpinWait</c>), so the waiter does not keep taking the cache line the other side is
/// about to write (see <see cref="YieldingWaitStrategy"/>).
/// </remarks>
public sealed class BusySpinWaitStrategy : IWaitStrategy
{
    /// <inheritdoc/>
    public bool IsBlocking => false;

    /// <inheritdoc/>
    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        ArgumentNullException.ThrowIfNull(barrier);
        long available;
        while ((available = barrier.Available(sequence)) < sequence)
        {
            if (barrier.IsAlerted) return available;
            Thread.SpinWait(1);
        }
        return available;
    }

    /// <inheritdoc/>
    public bool WaitForCapacity(Sequencer sequencer, int count, long deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequencer);
        while (!sequencer.HasAvailableCapacity(count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (deadline != long.MaxValue && Stopwatch.GetTimestamp() >= deadline) return false;
            Thread.SpinWait(1);
        }
        return true;
    }

    /// <inheritdoc/>
    public void SignalAllWhenBlocking()
    {
    }
}
