using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>
/// Several consumers on one ring: independent ones each see everything; a dependent one (matching after the
/// journal, an acknowledger after both) never sees a sequence before the consumers it depends on have processed it,
/// and sees what they wrote into the slot.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class DependencyTests
{
    /// <summary>A first stage: marks each slot as processed (sequence + 1 into StageA or StageB).</summary>
    private struct MarkingHandler(bool stageB) : IBatchHandler<TestEvent>
    {
        public long Count;

        public void OnEvent(ref TestEvent item, long sequence, bool endOfBatch)
        {
            if (stageB) item.StageB = sequence + 1;
            else item.StageA = sequence + 1;
            Count++;
        }
    }

    /// <summary>A later stage: checks the upstream sequences and marks, then hands the slot to the order checker.</summary>
    private struct DependentHandler(Sequence[] upstream, bool needsStageB, int producers) : IBatchHandler<TestEvent>
    {
        public OrderCheckingHandler Inner = new(producers);
        public long UpstreamBehind;
        public long MarkMissing;

        public void OnEvent(ref TestEvent item, long sequence, bool endOfBatch)
        {
            foreach (var sequenceOfUpstream in upstream)
            {
                if (sequenceOfUpstream.Value < sequence) UpstreamBehind++;
            }
            if (item.StageA != sequence + 1 || (needsStageB && item.StageB != sequence + 1)) MarkMissing++;
            Inner.OnEvent(ref item, sequence, endOfBatch);
        }
    }

    [Theory]
    [InlineData(WaitKind.Yielding)]
    [InlineData(WaitKind.Blocking)]
    public void Chain_BAfterA_BNeverSeesASequenceANotProcessed(WaitKind wait)
    {
        const int Producers = 2, PerProducer = 100_000;
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(256, PipelineThreads.Strategy(wait));
        var a = new BatchEventProcessor<TestEvent, MarkingHandler>(ring, ring.NewBarrier(), new MarkingHandler(stageB: false));
        var b = new BatchEventProcessor<TestEvent, DependentHandler>(
            ring, ring.NewBarrier(a.Sequence), new DependentHandler([a.Sequence], needsStageB: false, Producers));
        ring.AddGatingSequences(b.Sequence); // B is last: once B is done with a slot, A is too

        var threads = new PipelineThreads();
        threads.Start("A", a.Run);
        threads.Start("B", b.Run);
        StartProducers(threads, ring, Producers, PerProducer);
        PipelineThreads.WaitUntilReached(b.Sequence, Producers * PerProducer - 1);
        a.Halt();
        b.Halt();
        threads.JoinAll();

        Assert.Equal(Producers * PerProducer, a.Handler.Count);
        Assert.Equal(0, b.Handler.UpstreamBehind);
        Assert.Equal(0, b.Handler.MarkMissing);
        ProducerConsumerTests.AssertAllArrived(b.Handler.Inner, Producers, PerProducer);
    }

    [Theory]
    [InlineData(WaitKind.Yielding)]
    [InlineData(WaitKind.Blocking)]
    public void Diamond_AckAfterJournalAndMatching_SeesBothDoneForEverySequence(WaitKind wait)
    {
        // journal (A) and matching (B) in parallel; the acknowledger (C) waits for the minimum of the two.
        const int Producers = 2, PerProducer = 100_000;
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(256, PipelineThreads.Strategy(wait));
        var journal = new BatchEventProcessor<TestEvent, MarkingHandler>(ring, ring.NewBarrier(), new MarkingHandler(stageB: false));
        var matching = new BatchEventProcessor<TestEvent, MarkingHandler>(ring, ring.NewBarrier(), new MarkingHandler(stageB: true));
        var ack = new BatchEventProcessor<TestEvent, DependentHandler>(
            ring, ring.NewBarrier(journal.Sequence, matching.Sequence),
            new DependentHandler([journal.Sequence, matching.Sequence], needsStageB: true, Producers));
        ring.AddGatingSequences(ack.Sequence);

        var threads = new PipelineThreads();
        threads.Start("journal", journal.Run);
        threads.Start("matching", matching.Run);
        threads.Start("ack", ack.Run);
        StartProducers(threads, ring, Producers, PerProducer);
        PipelineThreads.WaitUntilReached(ack.Sequence, Producers * PerProducer - 1);
        journal.Halt();
        matching.Halt();
        ack.Halt();
        threads.JoinAll();

        Assert.Equal(Producers * PerProducer, journal.Handler.Count);
        Assert.Equal(Producers * PerProducer, matching.Handler.Count);
        Assert.Equal(0, ack.Handler.UpstreamBehind);
        Assert.Equal(0, ack.Handler.MarkMissing);
        ProducerConsumerTests.AssertAllArrived(ack.Handler.Inner, Producers, PerProducer);
    }

    [Fact]
    public void IndependentConsumers_BothGate_EachGetsEverything()
    {
        const int Producers = 2, PerProducer = 100_000;
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(128, new YieldingWaitStrategy());
        var first = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(Producers));
        var second = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(Producers), maxBatchSize: 16);
        ring.AddGatingSequences(first.Sequence, second.Sequence);

        var threads = new PipelineThreads();
        threads.Start("first", first.Run);
        threads.Start("second", second.Run);
        StartProducers(threads, ring, Producers, PerProducer);
        PipelineThreads.WaitUntilReached(first.Sequence, Producers * PerProducer - 1);
        PipelineThreads.WaitUntilReached(second.Sequence, Producers * PerProducer - 1);
        first.Halt();
        second.Halt();
        threads.JoinAll();

        ProducerConsumerTests.AssertAllArrived(first.Handler, Producers, PerProducer);
        ProducerConsumerTests.AssertAllArrived(second.Handler, Producers, PerProducer);
        Assert.True(second.Handler.Batches >= Producers * PerProducer / 16, "batches larger than the limit");
    }

    private static void StartProducers(PipelineThreads threads, RingBuffer<TestEvent> ring, int producers, long perProducer)
    {
        for (int p = 0; p < producers; p++)
        {
            int producer = p;
            threads.Start($"producer {p}", () =>
            {
                for (long counter = 0; counter < perProducer; counter++)
                {
                    Assert.True(ring.TryClaim(out long sequence, PipelineThreads.Guard), "claim timed out");
                    TestEvent.Fill(ref ring[sequence], producer, counter);
                    ring.Publish(sequence);
                }
            });
        }
    }
}
