using System.Diagnostics;

namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// Waits by re-checking a hundred times with a short pause between checks, then with a <see cref="Thread.Yield"/>
/// between checks: close to busy-spin latency while the data is moments away, and a thread that waits longer hands
/// its core to any other runnable thread (on a 2-core machine, the producer or consumer it is waiting for). Still
/// uses a full core when nothing else wants it.
/// </summary>
/// <remarks>
/// The pause (<see cref="Thread.SpinWait(int)"/> with 1, about 30 ns here) matters for throughput, not only for
/// power: every check reads the line the other side is about to write (the cursor, or a consumer's sequence), and
/// a waiter that re-reads it without pause takes the line away from the writer again and again, stalling it.
/// </remarks>
public sealed class YieldingWaitStrategy : IWaitStrategy
{
    /// <summary>Checks before the first yield.</summary>
    private const int SpinTries = 100;

    /// <inheritdoc/>
    public bool IsBlocking => false;

    /// <inheritdoc/>
    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        ArgumentNullException.ThrowIfNull(barrier);
        int counter = SpinTries;
        long available;
        while ((available = barrier.Available(sequence)) < sequence)
        {
            if (barrier.IsAlerted) return available;
            if (counter > 0)
            {
                counter--;
                Thread.SpinWait(1);
            }
            else Thread.Yield();
        }
        return available;
    }

    /// <inheritdoc/>
    public bool WaitForCapacity(Sequencer sequencer, int count, long deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequencer);
        int counter = SpinTries;
        while (!sequencer.HasAvailableCapacity(count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (counter > 0)
            {
                counter--;
                Thread.SpinWait(1);
                continue;
            }
            if (deadline != long.MaxValue && Stopwatch.GetTimestamp() >= deadline) return false;
            Thread.Yield();
        }
        return true;
    }

    /// <inheritdoc/>
    public void SignalAllWhenBlocking()
    {
    }
}
