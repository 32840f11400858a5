using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SocialExchange.Matching.Memory;

namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// A ring of preallocated struct slots between threads, after the LMAX Disruptor: producers claim a sequence,
/// fill the slot in place and publish it; consumers (<see cref="BatchEventProcessor{T, THandler}"/>) read published
/// slots in batches and release them by advancing their own <see cref="Sequence"/>. Nothing is allocated per item
/// and nothing queues beyond the ring: a full ring makes <see cref="TryClaim(out long)"/> and
/// <see cref="TryPublish(in T)"/> return false, or the timed and blocking claims wait.
/// </summary>
/// <typeparam name="T">The slot type; slots are reused, so a producer overwrites every field it relies on.</typeparam>
/// <remarks>
/// <code>
///  producers --claim--> [ slot | slot | slot | ... ]  (BufferSize slots, sequence &amp; (BufferSize - 1))
///      \--publish--> cursor / availability flags --> SequenceBarrier --> consumer A (Sequence)
///                                                                       consumer B (Sequence, after A)
///  gating: a producer never claims sequence s while a gating consumer is below s - BufferSize
/// </code>
/// Create with <see cref="CreateSingleProducer"/> (one producer thread, no interlocked instructions) or
/// <see cref="CreateMultiProducer"/> (any number of producer threads). Register the consumers that must finish with
/// a slot before it is reused with <see cref="AddGatingSequences"/> (usually the last consumer of each chain)
/// before the first claim.
/// </remarks>
public sealed class RingBuffer<T>
    where T : struct
{
    /// <summary>The slots, preallocated; indexed by <c>sequence &amp; _mask</c>.</summary>
    private readonly T[] _entries;

    /// <summary><see cref="BufferSize"/> - 1.</summary>
    private readonly long _mask;

    /// <summary>Claims, publication and gating.</summary>
    private readonly Sequencer _sequencer;

    private RingBuffer(Sequencer sequencer)
    {
        _sequencer = sequencer;
        _entries = LargeArray.Allocate<T>(sequencer.BufferSize);
        // Write every slot once now: the first write to a page costs a page fault (about 2.3 us on the project's VM,
        // up to 300 us), and taking them on the first lap of the ring was most of the host's latency tail.
        Array.Fill(_entries, default);
        _mask = sequencer.BufferSize - 1;
    }

    /// <summary>A ring for one producer thread at a time (see <see cref="SingleProducerSequencer"/>).</summary>
    public static RingBuffer<T> CreateSingleProducer(int bufferSize, IWaitStrategy waitStrategy) =>
        new(new SingleProducerSequencer(bufferSize, waitStrategy));

    /// <summary>A ring for any number of producer threads (see <see cref="MultiProducerSequencer"/>).</summary>
    public static RingBuffer<T> CreateMultiProducer(int bufferSize, IWaitStrategy waitStrategy) =>
        new(new MultiProducerSequencer(bufferSize, waitStrategy));

    /// <summary>Slots in the ring (a power of two).</summary>
    public int BufferSize => _sequencer.BufferSize;

    /// <summary>The sequencer: claims, publication, gating.</summary>
    public Sequencer Sequencer => _sequencer;

    /// <summary>How consumers wait for data and producers for room.</summary>
    public IWaitStrategy WaitStrategy => _sequencer.WaitStrategy;

    /// <summary>The producers' cursor (see <see cref="Sequencer.Cursor"/>): the highest published (single producer) or claimed (multi-producer) sequence.</summary>
    public long Cursor => _sequencer.Cursor.Value;

    /// <summary>The slots array, for processors that hoist it out of their batch loop.</summary>
    internal T[] Entries => _entries;

    /// <summary>The slot of <paramref name="sequence"/>: write it between claim and publish, read it between a barrier's wait and the consumer's sequence update.</summary>
    public ref T this[long sequence]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), (nint)(sequence & _mask));
    }

    /// <inheritdoc cref="Sequencer.TryClaim(out long)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryClaim(out long sequence) => _sequencer.TryClaim(out sequence);

    /// <inheritdoc cref="Sequencer.TryClaim(int, out long)"/>
    public bool TryClaim(int count, out long lastSequence) => _sequencer.TryClaim(count, out lastSequence);

    /// <inheritdoc cref="Sequencer.TryClaim(out long, TimeSpan, CancellationToken)"/>
    public bool TryClaim(out long sequence, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _sequencer.TryClaim(out sequence, timeout, cancellationToken);

    /// <inheritdoc cref="Sequencer.TryClaim(int, out long, TimeSpan, CancellationToken)"/>
    public bool TryClaim(int count, out long lastSequence, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _sequencer.TryClaim(count, out lastSequence, timeout, cancellationToken);

    /// <inheritdoc cref="Sequencer.Claim"/>
    public long Claim(CancellationToken cancellationToken = default) => _sequencer.Claim(cancellationToken);

    /// <inheritdoc cref="Sequencer.ClaimAsync"/>
    public ValueTask<long> ClaimAsync(CancellationToken cancellationToken = default) => _sequencer.ClaimAsync(cancellationToken);

    /// <inheritdoc cref="Sequencer.Publish(long)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Publish(long sequence) => _sequencer.Publish(sequence);

    /// <inheritdoc cref="Sequencer.Publish(long, long)"/>
    public void Publish(long first, long last) => _sequencer.Publish(first, last);

    /// <summary>Copies <paramref name="item"/> into the next slot and publishes it; false, copying nothing, when the ring is full.</summary>
    public bool TryPublish(in T item)
    {
        if (!_sequencer.TryClaim(out long sequence)) return false;
        this[sequence] = item;
        _sequencer.Publish(sequence);
        return true;
    }

    /// <summary>
    /// Copies <paramref name="item"/> into the next slot and publishes it, waiting up to <paramref name="timeout"/>
    /// for room; false, copying nothing, on timeout. <see cref="OperationCanceledException"/> on cancellation.
    /// </summary>
    public bool TryPublish(in T item, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!_sequencer.TryClaim(out long sequence, timeout, cancellationToken)) return false;
        this[sequence] = item;
        _sequencer.Publish(sequence);
        return true;
    }

    /// <inheritdoc cref="Sequencer.RemainingCapacity"/>
    public long RemainingCapacity() => _sequencer.RemainingCapacity();

    /// <inheritdoc cref="Sequencer.AddGatingSequences"/>
    public void AddGatingSequences(params Sequence[] sequences) => _sequencer.AddGatingSequences(sequences);

    /// <inheritdoc cref="Sequencer.RemoveGatingSequence"/>
    public bool RemoveGatingSequence(Sequence sequence) => _sequencer.RemoveGatingSequence(sequence);

    /// <inheritdoc cref="Sequencer.NewBarrier"/>
    public SequenceBarrier NewBarrier(params Sequence[] dependents) => _sequencer.NewBarrier(dependents);
}
