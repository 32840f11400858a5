using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>
/// Each wait strategy on both sides: a waiting consumer wakes on publication and on a halt; a waiting producer
/// wakes when a consumer frees a slot, gives up at its timeout and stops on cancellation.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class WaitStrategyTests
{
    [Theory]
    [InlineData(WaitKind.BusySpin)]
    [InlineData(WaitKind.Yielding)]
    [InlineData(WaitKind.Blocking)]
    public void WaitFor_SequencePublishedByAnotherThread_ReturnsIt(WaitKind wait)
    {
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(16, PipelineThreads.Strategy(wait));
        var barrier = ring.NewBarrier();
        using var waiting = new ManualResetEventSlim();
        long[] seen = new long[3];
        var threads = new PipelineThreads();
        threads.Start("consumer", () =>
        {
            long next = 0;
            waiting.Set();
            while (next < 3)
            {
                long available = barrier.WaitFor(next);
                for (; next <= available; next++) seen[next] = ring[next].Value;
            }
        });
        Assert.True(waiting.Wait(PipelineThreads.Guard));
        for (int i = 0; i < 3; i++) Assert.True(ring.TryPublish(new TestEvent { Value = 10 + i }));
        threads.JoinAll();
        Assert.Equal([10L, 11L, 12L], seen);
    }

    [Theory]
    [InlineData(WaitKind.BusySpin)]
    [InlineData(WaitKind.Yielding)]
    [InlineData(WaitKind.Blocking)]
    public void Halt_ConsumerWaitingOnEmptyRing_RunReturns(WaitKind wait)
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(16, PipelineThreads.Strategy(wait));
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(1));
        ring.AddGatingSequences(processor.Sequence);
        var threads = new PipelineThreads();
        threads.Start("consumer", processor.Run);
        Assert.True(ring.TryPublish(new TestEvent { Value = TestEvent.ValueOf(0, 0) }));
        PipelineThreads.WaitUntilReached(processor.Sequence, 0); // now it waits for sequence 1, which never comes
        processor.Halt();
        threads.JoinAll();
        Assert.False(processor.IsRunning);
        Assert.Equal(1, processor.Handler.Count);

        // The alert is cleared on return: the processor runs again and picks up where it stopped.
        threads = new PipelineThreads();
        threads.Start("consumer again", processor.Run);
        Assert.True(ring.TryPublish(new TestEvent { Counter = 1, Value = TestEvent.ValueOf(0, 1) }));
        PipelineThreads.WaitUntilReached(processor.Sequence, 1);
        processor.Halt();
        threads.JoinAll();
        ProducerConsumerTests.AssertAllArrived(processor.Handler, 1, 2);
    }

    [Theory]
    [InlineData(WaitKind.Yielding)]
    [InlineData(WaitKind.Blocking)]
    public void Halt_WhileProducerStreams_RunReturns(WaitKind wait)
    {
        // Under continuous load the processor never has to wait, so it must notice the halt between batches.
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(256, PipelineThreads.Strategy(wait));
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(1));
        ring.AddGatingSequences(processor.Sequence);
        int stop = 0;
        var producer = new PipelineThreads();
        producer.Start("producer", () =>
        {
            long counter = 0;
            while (Volatile.Read(ref stop) == 0)
            {
                if (!ring.TryClaim(out long sequence)) continue;
                TestEvent.Fill(ref ring[sequence], 0, counter++);
                ring.Publish(sequence);
            }
        });
        var consumer = new PipelineThreads();
        consumer.Start("consumer", processor.Run);
        PipelineThreads.WaitUntilReached(processor.Sequence, 50_000);
        processor.Halt();
        consumer.JoinAll();
        Volatile.Write(ref stop, 1);
        producer.JoinAll();
        Assert.False(processor.IsRunning);
        Assert.Equal(0, processor.Handler.OrderErrors);
        Assert.Equal(processor.Sequence.Value + 1, processor.Handler.Count);
    }

    [Theory]
    [InlineData(WaitKind.BusySpin, false)]
    [InlineData(WaitKind.Yielding, false)]
    [InlineData(WaitKind.Blocking, false)]
    [InlineData(WaitKind.BusySpin, true)]
    [InlineData(WaitKind.Yielding, true)]
    [InlineData(WaitKind.Blocking, true)]
    public void Claim_FullRing_ReturnsOnceTheConsumerFreesASlot(WaitKind wait, bool multiProducer)
    {
        var ring = multiProducer
            ? RingBuffer<TestEvent>.CreateMultiProducer(4, PipelineThreads.Strategy(wait))
            : RingBuffer<TestEvent>.CreateSingleProducer(4, PipelineThreads.Strategy(wait));
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(1));
        ring.AddGatingSequences(processor.Sequence);
        for (int i = 0; i < 4; i++) Assert.True(ring.TryPublish(new TestEvent { Counter = i, Value = TestEvent.ValueOf(0, i) }));

        long claimed = -1;
        using var started = new ManualResetEventSlim();
        var threads = new PipelineThreads();
        threads.Start("producer", () =>
        {
            started.Set();
            claimed = ring.Claim();
            TestEvent.Fill(ref ring[claimed], 0, 4);
            ring.Publish(claimed);
        });
        Assert.True(started.Wait(PipelineThreads.Guard));
        Assert.Equal(4, processor.DoWork()); // frees the four slots; the blocking strategy signals the producer
        threads.JoinAll();
        Assert.Equal(4, claimed);
        Assert.Equal(1, processor.DoWork());
        ProducerConsumerTests.AssertAllArrived(processor.Handler, 1, 5);
    }

    [Theory]
    [InlineData(WaitKind.BusySpin)]
    [InlineData(WaitKind.Yielding)]
    [InlineData(WaitKind.Blocking)]
    public void TryClaimWithTimeout_FullRingNoConsumer_ReturnsFalse(WaitKind wait)
    {
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(4, PipelineThreads.Strategy(wait));
        ring.AddGatingSequences(new Sequence());
        for (int i = 0; i < 4; i++) Assert.True(ring.TryPublish(default));
        Assert.False(ring.TryClaim(out long sequence, TimeSpan.FromMilliseconds(20)));
        Assert.Equal(Sequence.InitialValue, sequence);
        Assert.False(ring.TryPublish(default, TimeSpan.Zero));
        Assert.Equal(3, ring.Cursor);
    }

    [Theory]
    [InlineData(WaitKind.BusySpin)]
    [InlineData(WaitKind.Yielding)]
    [InlineData(WaitKind.Blocking)]
    public void Claim_FullRingCancelled_ThrowsOperationCanceled(WaitKind wait)
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(4, PipelineThreads.Strategy(wait));
        ring.AddGatingSequences(new Sequence());
        for (int i = 0; i < 4; i++) Assert.True(ring.TryPublish(default));
        using var cancellation = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        Exception? caught = null;
        var threads = new PipelineThreads();
        threads.Start("producer", () =>
        {
            started.Set();
            try
            {
                ring.Claim(cancellation.Token);
            }
            catch (OperationCanceledException e)
            {
                caught = e;
            }
        });
        Assert.True(started.Wait(PipelineThreads.Guard));
        cancellation.Cancel();
        threads.JoinAll();
        Assert.IsAssignableFrom<OperationCanceledException>(caught);
        Assert.Equal(3, ring.Cursor);
    }

    [Fact]
    public async Task ClaimAsync_FullRing_CompletesOnceTheConsumerFreesASlot()
    {
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(4, new BlockingWaitStrategy());
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(1));
        ring.AddGatingSequences(processor.Sequence);
        for (int i = 0; i < 4; i++) Assert.True(ring.TryPublish(new TestEvent { Counter = i, Value = TestEvent.ValueOf(0, i) }));

        var claim = ring.ClaimAsync().AsTask();
        Assert.False(claim.IsCompleted);
        Assert.Equal(4, processor.DoWork());
        Assert.Same(claim, await Task.WhenAny(claim, Task.Delay(PipelineThreads.Guard)));
        Assert.Equal(4, await claim);

        Assert.True(ring.ClaimAsync().IsCompletedSuccessfully); // room: completes synchronously
    }

    [Fact]
    public void Run_CalledWhileRunning_Throws()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(4, new BlockingWaitStrategy());
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(1));
        var threads = new PipelineThreads();
        threads.Start("consumer", processor.Run);
        var spin = new SpinWait();
        while (!processor.IsRunning) spin.SpinOnce();
        Assert.Throws<InvalidOperationException>(processor.Run);
        processor.Halt();
        threads.JoinAll();
    }

    [Fact]
    public void Run_HaltedBeforeItStarts_ReturnsAtOnce()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(4, new BlockingWaitStrategy());
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(1));
        processor.Halt();
        processor.Run();
        Assert.False(processor.IsRunning);
    }

    [Fact]
    public void DoWork_MaxBatchSize_HandsOutAtMostThatManyPerCall()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new YieldingWaitStrategy());
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler>(ring, ring.NewBarrier(), new OrderCheckingHandler(1), maxBatchSize: 10);
        ring.AddGatingSequences(processor.Sequence);
        for (int i = 0; i < 25; i++) Assert.True(ring.TryPublish(new TestEvent { Counter = i, Value = TestEvent.ValueOf(0, i) }));
        Assert.Equal(10, processor.DoWork());
        Assert.Equal(10, processor.DoWork());
        Assert.Equal(5, processor.DoWork());
        Assert.Equal(0, processor.DoWork());
        Assert.Equal(3, processor.Handler.Batches); // endOfBatch on the last item of each call
        ProducerConsumerTests.AssertAllArrived(processor.Handler, 1, 25);
    }
}
