using System.Diagnostics;
using System.Runtime.CompilerServices;
using SocialExchange.Bench.Pipeline.Reporting;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Bench.Pipeline.Running;

/// <summary>
/// The ring under test: producer threads claim a slot, fill it in place and publish it; one
/// <see cref="BatchEventProcessor{T, THandler}"/> on its own thread checks every item.
/// <code>
///   producer 0 ---\
///   producer 1 ----+--claim/fill/publish--> RingBuffer&lt;BenchItem&gt; --batch--> BatchEventProcessor --> ItemChecker
///   producer 2 ---/   (single-producer sequencer for 1 producer,      (capacity slots)      (gates the producers)
///                      multi-producer for more)
/// </code>
/// A producer that finds the ring full falls back to the blocking claim, which waits as the wait strategy says.
/// </summary>
internal static class RingBench
{
    /// <summary>Items per call of <see cref="ProduceChunk"/>.</summary>
    private const int ProducerChunk = 4096;

    /// <summary>Runs <paramref name="items"/> items from <paramref name="producers"/> producer threads through a fresh ring.</summary>
    public static RunResult Run(int producers, long items, int capacity, WaitKind wait, int maxBatch)
    {
        IWaitStrategy strategy = wait switch
        {
            WaitKind.BusySpin => new BusySpinWaitStrategy(),
            WaitKind.Yielding => new YieldingWaitStrategy(),
            _ => new BlockingWaitStrategy(),
        };
        var ring = producers == 1
            ? RingBuffer<BenchItem>.CreateSingleProducer(capacity, strategy)
            : RingBuffer<BenchItem>.CreateMultiProducer(capacity, strategy);
        using var done = new ManualResetEventSlim();
        var processor = new BatchEventProcessor<BenchItem, CheckingHandler>(
            ring, ring.NewBarrier(), new CheckingHandler(new ItemChecker(producers), items, done), maxBatch);
        ring.AddGatingSequences(processor.Sequence);

        long[] sent = Transport.Split(items, producers);
        using var go = new ManualResetEventSlim();
        long fullWaits = 0;
        var consumer = new Thread(processor.Run) { Name = "ring consumer", IsBackground = true };
        var producerThreads = new Thread[producers];
        for (int p = 0; p < producers; p++)
        {
            int producer = p;
            producerThreads[p] = new Thread(() =>
            {
                go.Wait();
                Interlocked.Add(ref fullWaits, Produce(ring, producer, sent[producer]));
            }) { Name = $"ring producer {p}", IsBackground = true };
        }
        consumer.Start();
        foreach (var thread in producerThreads) thread.Start();

        var load = MachineLoad.Now(); // before the allocation window: reading /proc/stat allocates
        var counters = Transport.Before();
        long start = Stopwatch.GetTimestamp();
        go.Set();
        if (!done.Wait(Transport.RunTimeout)) throw new TimeoutException($"ring, {producers} producer(s): the consumer did not receive every item within {Transport.RunTimeout}");
        foreach (var thread in producerThreads) thread.Join();
        processor.Halt();
        consumer.Join();
        var (allocated, collections) = Transport.Since(counters);
        var loadAfter = MachineLoad.Now();
        double othersShare = loadAfter.OthersShareSince(load), ownShare = loadAfter.OwnShareSince(load);

        ref var handler = ref processor.Handler;
        double seconds = Stopwatch.GetElapsedTime(start, handler.EndTimestamp).TotalSeconds;
        return new RunResult("ring", producers, items, seconds, allocated, collections, handler.Checker.Verify(sent))
        {
            Batches = handler.Batches,
            FullWaits = Volatile.Read(ref fullWaits),
            OthersCpuShare = othersShare,
            OwnCpuShare = ownShare,
        };
    }

    /// <summary>One producer's loop, in chunks. Returns how often it found the ring full.</summary>
    private static long Produce(RingBuffer<BenchItem> ring, int producer, long count)
    {
        long fullWaits = 0;
        for (long from = 0; from < count; from += ProducerChunk)
            fullWaits += ProduceChunk(ring, producer, from, Math.Min(count, from + ProducerChunk));
        return fullWaits;
    }

    /// <summary>
    /// Items <paramref name="from"/> to <paramref name="to"/> (exclusive): claim (waiting if the ring is full), fill
    /// the slot in place, publish. A method called per chunk, like the channel's <c>WriteWhileRoom</c>, so the
    /// tiered JIT promotes it to fully optimised code; a loop entered once would run on-stack-replacement code.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long ProduceChunk(RingBuffer<BenchItem> ring, int producer, long from, long to)
    {
        long fullWaits = 0;
        for (long i = from; i < to; i++)
        {
            if (!ring.TryClaim(out long sequence))
            {
                fullWaits++;
                sequence = ring.Claim();
            }
            BenchItem.Fill(ref ring[sequence], producer, i);
            ring.Publish(sequence);
        }
        return fullWaits;
    }

    /// <summary>The ring consumer's handler: the shared <see cref="ItemChecker"/>, and the time the last item arrived.</summary>
    private struct CheckingHandler(ItemChecker checker, long expected, ManualResetEventSlim done) : IBatchHandler<BenchItem>
    {
        public ItemChecker Checker = checker;
        public long EndTimestamp;
        public long Batches;

        public void OnEvent(ref BenchItem item, long sequence, bool endOfBatch)
        {
            Checker.Check(in item);
            if (endOfBatch) Batches++;
            if (Checker.Count == expected)
            {
                EndTimestamp = Stopwatch.GetTimestamp();
                done.Set();
            }
        }
    }
}
