namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// A <see cref="Sequencer"/> for exactly one producer thread at a time: claims are plain arithmetic on private
/// fields and a publish is one release store of the cursor. No interlocked instruction on the producer's path
/// (except with <see cref="BlockingWaitStrategy"/>, whose wake-up check needs a fence).
/// </summary>
/// <remarks>
/// Publish in claim order: publishing sequence <c>n</c> moves the cursor to <c>n</c>, which makes every slot up to
/// <c>n</c> visible, filled or not. Handing the producer role to another thread needs a happens-before edge
/// between the two (a lock, a task continuation); the sequencer adds none.
/// </remarks>
public sealed class SingleProducerSequencer : Sequencer
{
    /// <summary>The producer's claimed position and cached gating minimum, padded away from the fields consumers read.</summary>
    private PaddedProducerPosition _position;

    /// <summary>Creates a sequencer for a ring of <paramref name="bufferSize"/> slots (a power of two).</summary>
    public SingleProducerSequencer(int bufferSize, IWaitStrategy waitStrategy)
        : base(bufferSize, waitStrategy)
    {
        _position.Claimed = Sequence.InitialValue;
        _position.CachedGating = Sequence.InitialValue;
    }

    /// <inheritdoc/>
    public override bool TryClaim(out long sequence)
    {
        long next = _position.Claimed + 1;
        // The slot of 'next' last held 'next - BufferSize'; every gating consumer must be done with it.
        if (next - BufferSize > _position.CachedGating && !RefreshGating(next - BufferSize))
        {
            sequence = Sequence.InitialValue;
            return false;
        }
        _position.Claimed = next;
        sequence = next;
        return true;
    }

    /// <inheritdoc/>
    public override bool TryClaim(int count, out long lastSequence)
    {
        CheckClaimCount(count);
        long last = _position.Claimed + count;
        if (last - BufferSize > _position.CachedGating && !RefreshGating(last - BufferSize))
        {
            lastSequence = Sequence.InitialValue;
            return false;
        }
        _position.Claimed = last;
        lastSequence = last;
        return true;
    }

    /// <inheritdoc/>
    public override void Publish(long sequence)
    {
        // Release store: the slot writes before this line are visible to a consumer that acquires the new cursor.
        Cursor.SetValue(sequence);
        if (SignalsWaiters) WaitStrategy.SignalAllWhenBlocking();
    }

    /// <inheritdoc/>
    public override void Publish(long first, long last) => Publish(last);

    /// <inheritdoc/>
    public override bool IsAvailable(long sequence)
    {
        long cursor = Cursor.Value;
        return sequence <= cursor && sequence > cursor - BufferSize;
    }

    /// <inheritdoc/>
    /// <remarks>The cursor only moves over published slots, so everything up to it is published.</remarks>
    public override long GetHighestPublishedSequence(long lowerBound, long availableSequence) => availableSequence;

    /// <inheritdoc/>
    public override bool HasAvailableCapacity(int count)
    {
        long wrapPoint = _position.Claimed + count - BufferSize;
        return wrapPoint <= _position.CachedGating || RefreshGating(wrapPoint);
    }

    /// <inheritdoc/>
    public override long RemainingCapacity()
    {
        long claimed = _position.Claimed;
        long consumed = SequenceGroup.Minimum(GatingSequences, claimed);
        return BufferSize - (claimed - consumed);
    }

    /// <summary>Reads the gating sequences again (the cached minimum was too low); true if <paramref name="wrapPoint"/> is now clear.</summary>
    private bool RefreshGating(long wrapPoint)
    {
        // Acquire loads: this thread's later slot writes are not moved before them (see Sequencer remarks).
        long minimum = SequenceGroup.Minimum(GatingSequences, _position.Claimed);
        _position.CachedGating = minimum;
        return wrapPoint <= minimum;
    }
}
