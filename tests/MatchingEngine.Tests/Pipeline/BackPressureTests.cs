using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>
/// Producers faster than the consumer: they are held back (claims fail or wait), never run more than a ring ahead,
/// and the consumer still gets everything.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class BackPressureTests
{
    /// <summary>Holds the consumer on its first item until the producers have seen a full ring, then slows it down.</summary>
    private struct SlowHandler(ManualResetEventSlim release) : IBatchHandler<TestEvent>
    {
        public OrderCheckingHandler Inner = new(2);
        public bool ReleaseTimedOut;

        public void OnEvent(ref TestEvent item, long sequence, bool endOfBatch)
        {
            if (sequence == 0) ReleaseTimedOut = !release.Wait(PipelineThreads.Guard);
            Thread.SpinWait(4); // about 100 ns of work per item: slower than the producers, so the ring keeps filling
            Inner.OnEvent(ref item, sequence, endOfBatch);
        }
    }

    [Theory]
    [InlineData(WaitKind.Blocking)]
    [InlineData(WaitKind.Yielding)]
    public void SlowConsumer_ProducersOutrunIt_EverythingArrivesAndNothingRunsAheadOfTheRing(WaitKind wait)
    {
        const int Producers = 2, PerProducer = 50_000, Size = 64;
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(Size, PipelineThreads.Strategy(wait));
        using var ringWasFull = new ManualResetEventSlim();
        var processor = new BatchEventProcessor<TestEvent, SlowHandler>(ring, ring.NewBarrier(), new SlowHandler(ringWasFull));
        ring.AddGatingSequences(processor.Sequence);
        long fullClaims = 0, aheadViolations = 0;

        var threads = new PipelineThreads();
        threads.Start("consumer", processor.Run);
        for (int p = 0; p < Producers; p++)
        {
            int producer = p;
            threads.Start($"producer {p}", () =>
            {
                for (long counter = 0; counter < PerProducer; counter++)
                {
                    if (!ring.TryClaim(out long sequence))
                    {
                        Interlocked.Increment(ref fullClaims);
                        ringWasFull.Set();
                        sequence = ring.Claim();
                    }
                    // Gating: the slot's previous occupant (sequence - Size) has been processed.
                    if (processor.Sequence.Value < sequence - Size) Interlocked.Increment(ref aheadViolations);
                    TestEvent.Fill(ref ring[sequence], producer, counter);
                    ring.Publish(sequence);
                }
            });
        }
        PipelineThreads.WaitUntilReached(processor.Sequence, Producers * PerProducer - 1);
        processor.Halt();
        threads.JoinAll();

        Assert.False(processor.Handler.ReleaseTimedOut, "the producers never found the ring full");
        Assert.True(Interlocked.Read(ref fullClaims) > 0);
        Assert.Equal(0, Interlocked.Read(ref aheadViolations));
        ProducerConsumerTests.AssertAllArrived(processor.Handler.Inner, Producers, PerProducer);
    }

    [Fact]
    public void TryPublish_ConsumerStalled_ReturnsFalseUntilItMoves()
    {
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(8, new BlockingWaitStrategy());
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(1));
        ring.AddGatingSequences(processor.Sequence);
        long sent = 0;
        for (int round = 0; round < 100; round++)
        {
            var item = default(TestEvent);
            while (true)
            {
                TestEvent.Fill(ref item, 0, sent);
                if (!ring.TryPublish(item)) break;
                sent++;
            }
            Assert.Equal(8 * (round + 1), sent); // exactly a ring's worth per round: bounded
            Assert.Equal(0, ring.RemainingCapacity());
            Assert.Equal(8, processor.DoWork()); // the duty cycle frees the ring
        }
        Assert.Equal(0, processor.DoWork());
        ProducerConsumerTests.AssertAllArrived(processor.Handler, 1, sent);
    }
}
