using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// A <see cref="Sequencer"/> for any number of producer threads: a claim is a compare-and-swap on the cursor, and
/// each slot records which lap of the ring was last published into it (the LMAX Disruptor's
/// <c>MultiProducerSequencer</c> "available buffer"), so producers may publish out of claim order.
/// </summary>
/// <remarks>
/// <para>
/// The cursor runs ahead of publication: producer A may claim 5 and producer B 6, and B may publish first.
/// Consumers therefore do not trust the cursor; they scan the availability flags from the next sequence they need
/// and stop at the first slot not yet published in the current lap (<see cref="GetHighestPublishedSequence"/>).
/// </para>
/// <para>
/// Memory ordering: the producer fills the slot, then writes the slot's flag with a release store
/// (<c>Volatile.Write</c>); a consumer reads the flag with an acquire load and reads the slot
/// only after seeing the current lap in it, so it sees the filled slot. The flag holds <c>sequence &gt;&gt; log2(size)</c>,
/// the lap number: a flag left by the previous lap never reads as published.
/// </para>
/// </remarks>
public sealed class MultiProducerSequencer : Sequencer
{
    /// <summary>Per slot, the lap number of the last sequence published into it (-1 before the first lap).</summary>
    private readonly int[] _availableBuffer;

    /// <summary>Sequence to slot index: <c>sequence &amp; _indexMask</c>.</summary>
    private readonly int _indexMask;

    /// <summary>Sequence to lap number: <c>sequence &gt;&gt; _indexShift</c>.</summary>
    private readonly int _indexShift;

    /// <summary>
    /// The smallest gating sequence some producer saw last; a hint that spares most claims a pass over the gating
    /// sequences. Shared by the producers and padded (it is a <see cref="Sequence"/>).
    /// </summary>
    private readonly Sequence _gatingSequenceCache = new();

    /// <summary>Creates a sequencer for a ring of <paramref name="bufferSize"/> slots (a power of two).</summary>
    public MultiProducerSequencer(int bufferSize, IWaitStrategy waitStrategy)
        : base(bufferSize, waitStrategy)
    {
        _availableBuffer = new int[bufferSize];
        _availableBuffer.AsSpan().Fill(-1);
        _indexMask = bufferSize - 1;
        _indexShift = BitOperations.Log2((uint)bufferSize);
    }

    /// <inheritdoc/>
    public override bool TryClaim(out long sequence)
    {
        while (true)
        {
            long current = Cursor.Value;
            long next = current + 1;
            if (!HasCapacityAt(next - BufferSize, current))
            {
                sequence = Sequence.InitialValue;
                return false;
            }
            // Full fence; on success, no other producer holds 'next'. The capacity check above read gating
            // sequences that only grow, so a stale read can only make it more cautious.
            if (Cursor.CompareAndSet(current, next))
            {
                sequence = next;
                return true;
            }
        }
    }

    /// <inheritdoc/>
    public override bool TryClaim(int count, out long lastSequence)
    {
        CheckClaimCount(count);
        while (true)
        {
            long current = Cursor.Value;
            long last = current + count;
            if (!HasCapacityAt(last - BufferSize, current))
            {
                lastSequence = Sequence.InitialValue;
                return false;
            }
            if (Cursor.CompareAndSet(current, last))
            {
                lastSequence = last;
                return true;
            }
        }
    }

    /// <inheritdoc/>
    public override void Publish(long sequence)
    {
        SetAvailable(sequence);
        if (SignalsWaiters) WaitStrategy.SignalAllWhenBlocking();
    }

    /// <inheritdoc/>
    public override void Publish(long first, long last)
    {
        for (long sequence = first; sequence <= last; sequence++) SetAvailable(sequence);
        if (SignalsWaiters) WaitStrategy.SignalAllWhenBlocking();
    }

    /// <inheritdoc/>
    public override bool IsAvailable(long sequence)
    {
        // Acquire: the slot's contents are read after the flag.
        return Volatile.Read(ref Flag(sequence)) == (int)(sequence >> _indexShift);
    }

    /// <inheritdoc/>
    public override long GetHighestPublishedSequence(long lowerBound, long availableSequence)
    {
        for (long sequence = lowerBound; sequence <= availableSequence; sequence++)
        {
            if (!IsAvailable(sequence)) return sequence - 1;
        }
        return availableSequence;
    }

    /// <inheritdoc/>
    public override bool HasAvailableCapacity(int count)
    {
        long current = Cursor.Value;
        return HasCapacityAt(current + count - BufferSize, current);
    }

    /// <inheritdoc/>
    public override long RemainingCapacity()
    {
        long claimed = Cursor.Value;
        long consumed = SequenceGroup.Minimum(GatingSequences, claimed);
        return BufferSize - (claimed - consumed);
    }

    /// <summary>
    /// Whether every gating consumer has passed <paramref name="wrapPoint"/> (the sequence whose slot the claim
    /// would reuse). Reads the gating sequences only when the cached minimum is too low, or ahead of the cursor
    /// (a cache written by a producer that saw a newer minimum than this producer's cursor read).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasCapacityAt(long wrapPoint, long cursorValue)
    {
        long cached = _gatingSequenceCache.Value;
        if (wrapPoint > cached || cached > cursorValue)
        {
            long minimum = SequenceGroup.Minimum(GatingSequences, cursorValue);
            _gatingSequenceCache.SetValue(minimum);
            if (wrapPoint > minimum) return false;
        }
        return true;
    }

    /// <summary>Release store of the lap number into the slot's flag: the slot writes before it are visible first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetAvailable(long sequence) => Volatile.Write(ref Flag(sequence), (int)(sequence >> _indexShift));

    /// <summary>The flag of <paramref name="sequence"/>'s slot, without a bounds check (the mask keeps it in range).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref int Flag(long sequence) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_availableBuffer), (nint)(sequence & _indexMask));
}
