using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// Hands out ring sequences to producers and tells consumers which are published: the coordination half of a
/// <see cref="RingBuffer{T}"/>, without the slots. <see cref="SingleProducerSequencer"/> serves one producer thread
/// without interlocked instructions; <see cref="MultiProducerSequencer"/> serves any number with one
/// compare-and-swap per claim.
/// </summary>
/// <remarks>
/// <para>
/// Gating: a producer may claim sequence <c>s</c> only when every gating sequence (the consumers that must have
/// finished with a slot before it is reused) is at least <c>s - BufferSize</c>. A claim that would wrap onto an
/// unprocessed slot fails (<see cref="TryClaim(out long)"/> returns false) or waits (the timed and blocking claims,
/// through <see cref="IWaitStrategy.WaitForCapacity"/>). Memory is bounded by the buffer size: there is no overflow
/// queue.
/// </para>
/// <para>
/// Why gating is safe: a consumer reads a slot, then releases its sequence (<see cref="Sequence.SetValue"/>, a release
/// store, so its reads of the slot are complete before the new value is visible). The producer acquires the gating
/// sequences (<see cref="Sequence.Value"/>) before it writes the slot, so its writes are not moved before that load.
/// The producer therefore never writes a slot a consumer is still reading.
/// </para>
/// </remarks>
public abstract class Sequencer
{
    /// <summary>Polls of the async claim that yield to the scheduler before it starts waiting in 1 ms steps.</summary>
    private const int AsyncYields = 8;

    /// <summary>The consumers that gate producers; replaced as a whole (copy on write) when one is added or removed.</summary>
    private Sequence[] _gatingSequences = [];

    /// <summary>Serialises <see cref="AddGatingSequences"/> and <see cref="RemoveGatingSequence"/>.</summary>
    private readonly object _gatingLock = new();

    /// <summary>Creates a sequencer for a ring of <paramref name="bufferSize"/> slots (a power of two).</summary>
    private protected Sequencer(int bufferSize, IWaitStrategy waitStrategy)
    {
        ArgumentNullException.ThrowIfNull(waitStrategy);
        if (bufferSize < 1 || bufferSize > 1 << 30 || !BitOperations.IsPow2(bufferSize))
            PipelineThrowHelper.BufferSizeInvalid(bufferSize);
        BufferSize = bufferSize;
        WaitStrategy = waitStrategy;
        SignalsWaiters = waitStrategy.IsBlocking;
    }

    /// <summary>Slots in the ring.</summary>
    public int BufferSize { get; }

    /// <summary>
    /// The producers' cursor. Single producer: the highest published sequence. Multi-producer: the highest claimed
    /// sequence, which may be ahead of what is published (consumers ask <see cref="GetHighestPublishedSequence"/>).
    /// </summary>
    public Sequence Cursor { get; } = new();

    /// <summary>How consumers wait for data and producers for space.</summary>
    public IWaitStrategy WaitStrategy { get; }

    /// <summary>Whether a publish must call <see cref="IWaitStrategy.SignalAllWhenBlocking"/>: cached so the spinning strategies cost nothing.</summary>
    private protected bool SignalsWaiters { get; }

    /// <summary>The gating sequences as of now (acquire load of the array reference).</summary>
    internal Sequence[] GatingSequences => Volatile.Read(ref _gatingSequences);

    /// <summary>Claims the next sequence if the ring has a free slot; false when full (back-pressure, never an exception).</summary>
    public abstract bool TryClaim(out long sequence);

    /// <summary>
    /// Claims <paramref name="count"/> consecutive sequences, ending at <paramref name="lastSequence"/>, if they are
    /// all free; false when the ring lacks the room. Publish them with <see cref="Publish(long, long)"/>.
    /// </summary>
    public abstract bool TryClaim(int count, out long lastSequence);

    /// <summary>Makes a claimed and filled slot visible to consumers.</summary>
    public abstract void Publish(long sequence);

    /// <summary>Makes the claimed and filled slots <paramref name="first"/> to <paramref name="last"/> visible to consumers.</summary>
    public abstract void Publish(long first, long last);

    /// <summary>Whether <paramref name="sequence"/> is published (in the current lap of the ring).</summary>
    public abstract bool IsAvailable(long sequence);

    /// <summary>
    /// The highest sequence from <paramref name="lowerBound"/> up to <paramref name="availableSequence"/> below
    /// which every sequence is published; <c>lowerBound - 1</c> if <paramref name="lowerBound"/> itself is not.
    /// </summary>
    public abstract long GetHighestPublishedSequence(long lowerBound, long availableSequence);

    /// <summary>
    /// Whether <paramref name="count"/> more sequences could be claimed now without overwriting an unprocessed slot.
    /// With a single producer, call it on the producer thread only.
    /// </summary>
    public abstract bool HasAvailableCapacity(int count);

    /// <summary>Free slots right now. With a single producer, call it on the producer thread only.</summary>
    public abstract long RemainingCapacity();

    /// <summary>
    /// Claims the next sequence, waiting up to <paramref name="timeout"/> (or <see cref="Timeout.InfiniteTimeSpan"/>)
    /// for a consumer to free a slot. False on timeout; <see cref="OperationCanceledException"/> on cancellation.
    /// </summary>
    public bool TryClaim(out long sequence, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (TryClaim(out sequence)) return true;
        return ClaimSlow(1, out sequence, Deadline(timeout), cancellationToken);
    }

    /// <summary>
    /// Claims <paramref name="count"/> consecutive sequences, waiting up to <paramref name="timeout"/> for room.
    /// False on timeout; <see cref="OperationCanceledException"/> on cancellation.
    /// </summary>
    public bool TryClaim(int count, out long lastSequence, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (TryClaim(count, out lastSequence)) return true;
        return ClaimSlow(count, out lastSequence, Deadline(timeout), cancellationToken);
    }

    /// <summary>Claims the next sequence, waiting as long as it takes; <see cref="OperationCanceledException"/> on cancellation.</summary>
    public long Claim(CancellationToken cancellationToken = default)
    {
        if (TryClaim(out long sequence)) return sequence;
        ClaimSlow(1, out sequence, long.MaxValue, cancellationToken);
        return sequence;
    }

    /// <summary>
    /// Claims the next sequence without blocking the calling thread: completes synchronously when there is room,
    /// otherwise polls (a few yields, then every millisecond) until there is. The ring being full is the rare,
    /// back-pressured state; polling keeps the consumers' path free of any wake-up work for async producers.
    /// </summary>
    public ValueTask<long> ClaimAsync(CancellationToken cancellationToken = default)
    {
        if (TryClaim(out long sequence)) return new ValueTask<long>(sequence);
        return ClaimAsyncSlow(cancellationToken);
    }

    /// <summary>
    /// Adds consumers whose progress gates the producers. Add them before the first claim: a sequence added later
    /// must already be at or past the slots it should protect.
    /// </summary>
    public void AddGatingSequences(params Sequence[] sequences)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        lock (_gatingLock)
        {
            var current = _gatingSequences;
            var updated = new Sequence[current.Length + sequences.Length];
            current.CopyTo(updated, 0);
            sequences.CopyTo(updated, current.Length);
            // Release: a producer that sees the new array sees the sequences' constructed state.
            Volatile.Write(ref _gatingSequences, updated);
        }
    }

    /// <summary>Removes a gating sequence (a consumer that has stopped for good); true if it was there.</summary>
    public bool RemoveGatingSequence(Sequence sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        lock (_gatingLock)
        {
            var current = _gatingSequences;
            int index = Array.IndexOf(current, sequence);
            if (index < 0) return false;
            var updated = new Sequence[current.Length - 1];
            Array.Copy(current, 0, updated, 0, index);
            Array.Copy(current, index + 1, updated, index, current.Length - index - 1);
            Volatile.Write(ref _gatingSequences, updated);
        }
        // A producer blocked on the removed consumer may proceed now.
        WaitStrategy.SignalAllWhenBlocking();
        return true;
    }

    /// <summary>
    /// A barrier for a consumer that may process a sequence once it is published and every one of
    /// <paramref name="dependents"/> has processed it (none: as soon as it is published).
    /// </summary>
    public SequenceBarrier NewBarrier(params Sequence[] dependents) => new(this, dependents);

    /// <summary>Throws unless <paramref name="count"/> fits the ring.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected void CheckClaimCount(int count)
    {
        if ((uint)(count - 1) >= (uint)BufferSize) PipelineThrowHelper.ClaimCountOutOfRange(count, BufferSize);
    }

    /// <summary>Waits for room through the wait strategy and retries; another producer may take the room first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ClaimSlow(int count, out long lastSequence, long deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!WaitStrategy.WaitForCapacity(this, count, deadline, cancellationToken))
            {
                lastSequence = Sequence.InitialValue;
                return false;
            }
            if (TryClaim(count, out lastSequence)) return true;
        }
    }

    private async ValueTask<long> ClaimAsyncSlow(CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            if (attempt < AsyncYields) await Task.Yield();
            else await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (TryClaim(out long sequence)) return sequence;
        }
    }

    /// <summary>A <see cref="Stopwatch"/> timestamp <paramref name="timeout"/> from now; <see cref="long.MaxValue"/> for infinite.</summary>
    private static long Deadline(TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan) return long.MaxValue;
        if (timeout < TimeSpan.Zero) PipelineThrowHelper.TimeoutInvalid(timeout);
        double ticks = timeout.TotalSeconds * Stopwatch.Frequency;
        long now = Stopwatch.GetTimestamp();
        return ticks >= long.MaxValue - now ? long.MaxValue : now + (long)ticks;
    }
}
