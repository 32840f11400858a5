using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// One consumer of a <see cref="RingBuffer{T}"/>: waits on its <see cref="SequenceBarrier"/>, hands every
/// available slot to the handler in one batch, then releases the whole batch with one store of its
/// <see cref="Sequence"/>. Either run it on a thread of its own (<see cref="Run"/> until <see cref="Halt"/>) or
/// drive it from a duty-cycle loop (<see cref="DoWork"/>, which never waits); not both at once.
/// </summary>
/// <typeparam name="T">The ring's slot type.</typeparam>
/// <typeparam name="THandler">The handler, a struct so the JIT specialises the loop for it.</typeparam>
/// <remarks>
/// <para>
/// Batching is what lets a consumer catch up: when it falls behind, it handles everything published since its last
/// look with one barrier check and one sequence store, instead of one of each per slot.
/// </para>
/// <para>
/// Catch-up pause ("temporal slipping", as in the FastForward queue): a consumer that keeps pace with a busy
/// producer takes a few slots per batch, and each look at the barrier reads the cursor's cache line, which the
/// producer must take back before its next publish completes. The pair can settle there, the producer stalling on
/// that line every few items, worst when the two cores are far apart: on the 2-core VM, whose core-to-core round
/// trip varies between about 75 and 700 ns as the host moves its virtual CPUs, one producer then managed 11-16M
/// items/s with 3-7 items per batch. So while the producer streams (the consumer found its next batch without
/// waiting), <see cref="Run"/> pauses between batches: <see cref="Thread.SpinWait(int)"/> with a count that doubles
/// after a batch under 16 slots (from 1 up to 64, about 30 ns to 2 us here), halves after a batch of 64 or more,
/// and drops to none once the consumer has had to wait. The consumer then trails the producer by some cache lines
/// instead of sitting on its heels, and the batches grow to a few dozen. The cost is latency while the producer
/// streams, at most the current pause; a consumer that is waiting for data does not pause at all.
/// <see cref="DoWork"/> leaves idling to its caller.
/// </para>
/// <para>
/// Memory ordering: the barrier's acquire loads (the cursor, availability flags or dependent sequences) come before
/// the handler reads a slot, so it sees what the producer or the upstream consumer wrote. The sequence update after
/// the batch is a release store, so the handler's reads and writes of the batch's slots are complete before a
/// producer (gating) or a downstream consumer (barrier) can see the new value.
/// </para>
/// </remarks>
public sealed class BatchEventProcessor<T, THandler>
    where T : struct
    where THandler : struct, IBatchHandler<T>
{
    /// <summary>A batch found without waiting and shorter than this doubles the catch-up pause.</summary>
    private const int ShortBatch = 16;

    /// <summary>A batch this long or longer halves the catch-up pause.</summary>
    private const int LongBatch = 64;

    /// <summary>The longest catch-up pause, in <see cref="Thread.SpinWait(int)"/> iterations (about 30 ns each here, so about 2 us).</summary>
    private const int MaxCatchUpPause = 64;

    private const int Idle = 0;
    private const int Running = 1;

    /// <summary>The ring read.</summary>
    private readonly RingBuffer<T> _ring;

    /// <summary>What this consumer waits on (the producers, or the consumers it depends on).</summary>
    private readonly SequenceBarrier _barrier;

    /// <summary>The most slots handed to the handler before the sequence is released.</summary>
    private readonly long _maxBatchSize;

    /// <summary>Whether to signal the wait strategy after each batch (blocked producers and dependent consumers wait on this consumer).</summary>
    private readonly bool _signalProgress;

    /// <summary>The handler; mutable, so its state is kept between calls.</summary>
    private THandler _handler;

    /// <summary><see cref="Idle"/> or <see cref="Running"/>.</summary>
    private int _state;

    /// <summary>
    /// Creates a consumer of <paramref name="ring"/> that waits on <paramref name="barrier"/> (from the same ring's
    /// <see cref="RingBuffer{T}.NewBarrier"/>, one per processor) and hands slots to <paramref name="handler"/>,
    /// at most <paramref name="maxBatchSize"/> before releasing them (by default all that are available).
    /// </summary>
    public BatchEventProcessor(RingBuffer<T> ring, SequenceBarrier barrier, THandler handler, int maxBatchSize = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentNullException.ThrowIfNull(barrier);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        if (barrier.Sequencer != ring.Sequencer)
            throw new ArgumentException("The barrier belongs to another ring.", nameof(barrier));
        _ring = ring;
        _barrier = barrier;
        _handler = handler;
        _maxBatchSize = maxBatchSize;
        _signalProgress = ring.WaitStrategy.IsBlocking;
    }

    /// <summary>
    /// The last sequence this consumer has finished with. Gate producers on it (<see cref="RingBuffer{T}.AddGatingSequences"/>)
    /// or make other consumers depend on it (<see cref="RingBuffer{T}.NewBarrier"/>).
    /// </summary>
    public Sequence Sequence { get; } = new();

    /// <summary>The handler, by reference: read its state once the processor has stopped (or from the processing thread).</summary>
    public ref THandler Handler => ref _handler;

    /// <summary>Whether <see cref="Run"/> is executing.</summary>
    public bool IsRunning => Volatile.Read(ref _state) == Running;

    /// <summary>
    /// Processes batches on the calling thread until <see cref="Halt"/>. A <see cref="Halt"/> that comes before
    /// <see cref="Run"/> makes it return at once; the alert is cleared on return, so the processor can run again.
    /// </summary>
    public void Run()
    {
        if (Interlocked.CompareExchange(ref _state, Running, Idle) != Idle) PipelineThrowHelper.ProcessorAlreadyRunning();
        try
        {
            long next = Sequence.Value + 1;
            int pause = 0; // current catch-up pause, in Thread.SpinWait iterations (see the class remarks)
            while (true)
            {
                long available = _barrier.Available(next);
                bool streaming = available >= next; // data was there without waiting
                if (!streaming || _barrier.IsAlerted)
                {
                    available = _barrier.WaitFor(next);
                    if (available < next) break; // only when alerted: Halt
                }
                long last = ProcessBatch(next, available);
                pause = CatchUpPause(pause, streaming, last - next + 1);
                if (pause > 0) Thread.SpinWait(pause);
                next = last + 1;
            }
        }
        finally
        {
            _barrier.ClearAlert();
            Volatile.Write(ref _state, Idle);
        }
    }

    /// <summary>
    /// The next catch-up pause (see the class remarks), in <see cref="Thread.SpinWait(int)"/> iterations: none after
    /// a wait; doubled (from 1, up to <see cref="MaxCatchUpPause"/>) after a short batch; halved after a long one;
    /// kept in between.
    /// </summary>
    private static int CatchUpPause(int pause, bool streaming, long batchSize)
    {
        if (!streaming) return 0;
        if (batchSize < ShortBatch) return pause == 0 ? 1 : Math.Min(2 * pause, MaxCatchUpPause);
        if (batchSize >= LongBatch) return pause / 2;
        return pause;
    }

    /// <summary>
    /// One duty cycle: handles every slot available now (up to the batch limit) without waiting, and returns how
    /// many; 0 means idle, for the caller's idle strategy. For a thread that runs several agents in turn.
    /// </summary>
    public int DoWork()
    {
        long next = Sequence.Value + 1;
        long available = _barrier.Available(next);
        if (available < next) return 0;
        return (int)(ProcessBatch(next, available) - next + 1);
    }

    /// <summary>Asks <see cref="Run"/> to return after the batch in hand; wakes it if it is blocked.</summary>
    public void Halt() => _barrier.Alert();

    /// <summary>Hands <paramref name="first"/> to <paramref name="available"/> (capped by the batch limit) to the handler, releases them, and returns the last one.</summary>
    /// <remarks>
    /// Not inlined, on purpose: <see cref="Run"/> is entered once and loops for the life of the pipeline, so the
    /// tiered JIT only ever replaces it with on-stack-replacement code. A method called once per batch is promoted
    /// like any hot method, to fully optimised code with profile-guided inlining of the handler; the call costs a
    /// few nanoseconds per batch.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long ProcessBatch(long first, long available)
    {
        long last = available - first >= _maxBatchSize ? first + _maxBatchSize - 1 : available;
        ref T slots = ref MemoryMarshal.GetArrayDataReference(_ring.Entries);
        long mask = _ring.BufferSize - 1;
        for (long sequence = first; sequence <= last; sequence++)
        {
            _handler.OnEvent(ref Unsafe.Add(ref slots, (nint)(sequence & mask)), sequence, sequence == last);
        }
        // Release: the handler's reads and writes of the batch happen before a producer or a downstream consumer sees this value.
        Sequence.SetValue(last);
        if (_signalProgress) _ring.WaitStrategy.SignalAllWhenBlocking();
        return last;
    }
}
