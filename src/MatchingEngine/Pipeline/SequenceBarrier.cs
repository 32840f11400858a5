using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// What one consumer waits on: a sequence may be processed once it is published and every dependent sequence has
/// reached it. With no dependents the consumer follows the producers; with dependents it follows other consumers
/// (the matching thread after the journal, or an acknowledger after both: the minimum of the two).
/// </summary>
/// <remarks>
/// <para>
/// Visibility through a chain: consumer A writes to a slot (or only reads it), then releases its sequence; B
/// acquires A's sequence before it reads the slot, so B sees A's writes. A's sequence never passes a sequence that
/// is not published, so for a dependent consumer the minimum of its dependents is always published.
/// </para>
/// <para>
/// One barrier per consumer: <see cref="Alert"/> stops every consumer waiting on the barrier.
/// </para>
/// </remarks>
public sealed class SequenceBarrier
{
    /// <summary>Publication and the cursor.</summary>
    private readonly Sequencer _sequencer;

    /// <summary>The sequence to follow when there is exactly one (the cursor, or the one dependent); null when several.</summary>
    private readonly Sequence? _single;

    /// <summary>The dependents when there are two or more (their minimum is followed).</summary>
    private readonly Sequence[] _dependents;

    /// <summary>1 once <see cref="Alert"/> is called, until <see cref="ClearAlert"/>.</summary>
    private int _alerted;

    internal SequenceBarrier(Sequencer sequencer, Sequence[] dependents)
    {
        ArgumentNullException.ThrowIfNull(sequencer);
        ArgumentNullException.ThrowIfNull(dependents);
        _sequencer = sequencer;
        _dependents = (Sequence[])dependents.Clone();
        _single = _dependents.Length switch
        {
            0 => sequencer.Cursor,
            1 => _dependents[0],
            _ => null,
        };
    }

    /// <summary>The sequencer this barrier reads.</summary>
    public Sequencer Sequencer => _sequencer;

    /// <summary>Whether <see cref="Alert"/> was called (acquire load).</summary>
    public bool IsAlerted => Volatile.Read(ref _alerted) != 0;

    /// <summary>
    /// Waits, as the ring's wait strategy dictates, until <paramref name="sequence"/> may be processed, and returns
    /// the highest sequence that may be (at least <paramref name="sequence"/>). Returns less than
    /// <paramref name="sequence"/> only when the barrier is alerted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long WaitFor(long sequence)
    {
        if (IsAlerted) return sequence - 1;
        long available = Available(sequence);
        if (available >= sequence) return available;
        return _sequencer.WaitStrategy.WaitFor(sequence, this);
    }

    /// <summary>
    /// Without waiting: the highest sequence that may be processed now, counting from <paramref name="sequence"/>;
    /// less than <paramref name="sequence"/> if that one may not be processed yet. What wait strategies poll.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Available(long sequence)
    {
        long available = _single is not null ? _single.Value : SequenceGroup.Minimum(_dependents, long.MaxValue);
        if (available < sequence) return available;
        return _sequencer.GetHighestPublishedSequence(sequence, available);
    }

    /// <summary>
    /// Asks consumers waiting on this barrier to stop: <see cref="WaitFor"/> returns less than the sequence asked for,
    /// now or as soon as the current wait notices. Blocked waiters are woken.
    /// </summary>
    public void Alert()
    {
        Volatile.Write(ref _alerted, 1);
        _sequencer.WaitStrategy.SignalAllWhenBlocking();
    }

    /// <summary>Clears the alert, so the barrier can be waited on again.</summary>
    public void ClearAlert() => Volatile.Write(ref _alerted, 0);
}
