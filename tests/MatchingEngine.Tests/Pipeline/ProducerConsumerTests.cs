using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>
/// Producers on their own threads, one batching consumer on its own: every item arrives once, each producer's
/// items in the order it sent them, with the right checksum, under each wait strategy.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class ProducerConsumerTests
{
    [Theory]
    [InlineData(WaitKind.BusySpin)]
    [InlineData(WaitKind.Yielding)]
    [InlineData(WaitKind.Blocking)]
    public void SingleProducer_OneMillionItems_AllArriveInOrder(WaitKind wait)
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(1024, PipelineThreads.Strategy(wait));
        Run(ring, producers: 1, perProducer: 1_000_000);
    }

    [Theory]
    [InlineData(WaitKind.BusySpin)]
    [InlineData(WaitKind.Yielding)]
    [InlineData(WaitKind.Blocking)]
    public void MultiProducer_FourTimes250k_NoLossNoDuplicatePerProducerFifo(WaitKind wait)
    {
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(1024, PipelineThreads.Strategy(wait));
        Run(ring, producers: 4, perProducer: 250_000);
    }

    [Fact]
    public void MultiProducer_BatchClaims_NoLossNoDuplicatePerProducerFifo()
    {
        // Producers claim and publish runs of up to 7 slots at once (Publish(first, last)).
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(256, new YieldingWaitStrategy());
        const int Producers = 3, PerProducer = 100_000;
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(Producers));
        ring.AddGatingSequences(processor.Sequence);
        var threads = new PipelineThreads();
        threads.Start("consumer", processor.Run);
        for (int p = 0; p < Producers; p++)
        {
            int producer = p;
            threads.Start($"producer {p}", () =>
            {
                long counter = 0;
                while (counter < PerProducer)
                {
                    int count = (int)Math.Min(1 + counter % 7, PerProducer - counter);
                    Assert.True(ring.TryClaim(count, out long last, PipelineThreads.Guard));
                    for (long sequence = last - count + 1; sequence <= last; sequence++)
                        TestEvent.Fill(ref ring[sequence], producer, counter++);
                    ring.Publish(last - count + 1, last);
                }
            });
        }
        PipelineThreads.WaitUntilReached(processor.Sequence, Producers * PerProducer - 1);
        processor.Halt();
        threads.JoinAll();
        AssertAllArrived(processor.Handler, Producers, PerProducer);
    }

    /// <summary>Runs the producers (blocking claims when the ring is full) against one consumer and checks what it got.</summary>
    private static void Run(RingBuffer<TestEvent> ring, int producers, long perProducer)
    {
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(producers));
        ring.AddGatingSequences(processor.Sequence);
        var threads = new PipelineThreads();
        threads.Start("consumer", processor.Run);
        for (int p = 0; p < producers; p++)
        {
            int producer = p;
            threads.Start($"producer {p}", () =>
            {
                for (long counter = 0; counter < perProducer; counter++)
                {
                    if (!ring.TryClaim(out long sequence))
                        Assert.True(ring.TryClaim(out sequence, PipelineThreads.Guard), "claim timed out");
                    TestEvent.Fill(ref ring[sequence], producer, counter);
                    ring.Publish(sequence);
                }
            });
        }
        PipelineThreads.WaitUntilReached(processor.Sequence, producers * perProducer - 1);
        processor.Halt();
        threads.JoinAll();
        AssertAllArrived(processor.Handler, producers, perProducer);
    }

    internal static void AssertAllArrived(in OrderCheckingHandler handler, int producers, long perProducer)
    {
        Assert.Equal(0, handler.OrderErrors);
        Assert.Equal(0, handler.SequenceGaps);
        Assert.Equal(producers * perProducer, handler.Count);
        Assert.All(handler.NextCounters, next => Assert.Equal(perProducer, next));
        Assert.Equal(TestEvent.ExpectedChecksum(producers, perProducer), handler.Checksum);
        Assert.InRange(handler.Batches, 1, handler.Count);
    }
}
