using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>Claims, publication and gating on one thread: sizes, slots, availability flags, a full ring.</summary>
[Collection(PipelineCollection.Name)]
public sealed class RingBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(1000)]
    [InlineData(-8)]
    public void Create_SizeNotPowerOfTwo_Throws(int size)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RingBuffer<TestEvent>.CreateSingleProducer(size, new YieldingWaitStrategy()));
        Assert.Throws<ArgumentOutOfRangeException>(() => RingBuffer<TestEvent>.CreateMultiProducer(size, new YieldingWaitStrategy()));
    }

    [Fact]
    public void Indexer_SequencesOneLapApart_ShareASlot()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(8, new YieldingWaitStrategy());
        ring[3].Value = 42;
        Assert.Equal(42, ring[11].Value);
        Assert.Equal(42, ring[3 + 8 * 1000].Value);
        Assert.Equal(0, ring[4].Value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TryClaim_FullRing_ReturnsFalseAndAllocatesNothing(bool multiProducer)
    {
        var ring = Create(multiProducer, 1024);
        var consumer = new Sequence();
        ring.AddGatingSequences(consumer);
        for (int i = 0; i < 1024; i++) Assert.True(ring.TryPublish(new TestEvent { Counter = i }));
        Assert.False(ring.TryClaim(out _)); // warm the failing path before measuring

        long before = GC.GetAllocatedBytesForCurrentThread();
        int refused = 0;
        for (int i = 0; i < 100_000; i++)
        {
            if (!ring.TryClaim(out _)) refused++;
            if (!ring.TryPublish(new TestEvent { Counter = -1 })) refused++;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(200_000, refused);
        Assert.Equal(0, allocated);
        Assert.Equal(0, ring.RemainingCapacity());
        Assert.Equal(1023, ring.Cursor);
        for (int i = 0; i < 1024; i++) Assert.Equal(i, ring[i].Counter); // nothing overwritten
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TryClaim_ConsumerFreesSlots_ClaimsExactlyThatMany(bool multiProducer)
    {
        var ring = Create(multiProducer, 16);
        var consumer = new Sequence();
        ring.AddGatingSequences(consumer);
        for (int i = 0; i < 16; i++) Assert.True(ring.TryPublish(default));
        consumer.SetValue(4); // sequences 0..4 processed: five slots free

        for (int i = 0; i < 5; i++)
        {
            Assert.True(ring.TryClaim(out long sequence));
            Assert.Equal(16 + i, sequence);
            ring.Publish(sequence);
        }
        Assert.False(ring.TryClaim(out _));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TryClaimCount_NotEnoughRoom_ClaimsNothing(bool multiProducer)
    {
        var ring = Create(multiProducer, 16);
        ring.AddGatingSequences(new Sequence());
        Assert.True(ring.TryClaim(10, out long last));
        Assert.Equal(9, last);
        Assert.False(ring.TryClaim(7, out _));
        Assert.True(ring.TryClaim(6, out last));
        Assert.Equal(15, last);
        Assert.Throws<ArgumentOutOfRangeException>(() => ring.TryClaim(17, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ring.TryClaim(0, out _));
    }

    [Fact]
    public void Publish_MultiProducerOutOfOrder_ConsumerSeesOnlyTheContiguousPrefix()
    {
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(8, new YieldingWaitStrategy());
        var barrier = ring.NewBarrier();
        Assert.True(ring.TryClaim(out long first));
        Assert.True(ring.TryClaim(out long second));
        Assert.True(ring.TryClaim(out long third));

        ring.Publish(second);
        Assert.Equal(-1, barrier.Available(0)); // claimed 0..2, but 0 is not published
        ring.Publish(first);
        Assert.Equal(1, barrier.Available(0));
        ring.Publish(third);
        Assert.Equal(2, barrier.Available(0));
        Assert.Equal(2, barrier.Available(2));
    }

    [Fact]
    public void IsAvailable_MultiProducerFlagFromPreviousLap_IsNotAvailable()
    {
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(4, new YieldingWaitStrategy());
        var consumer = new Sequence();
        ring.AddGatingSequences(consumer);
        for (int i = 0; i < 4; i++) Assert.True(ring.TryPublish(default));
        consumer.SetValue(3);
        Assert.True(ring.TryClaim(out long sequence)); // 4, the slot of 0, claimed but not published
        Assert.Equal(4, sequence);
        Assert.True(ring.Sequencer.IsAvailable(0)); // the slot still carries lap 0
        Assert.False(ring.Sequencer.IsAvailable(4));
        Assert.Equal(3, ring.NewBarrier().Available(4));
        ring.Publish(sequence);
        Assert.True(ring.Sequencer.IsAvailable(4));
        Assert.False(ring.Sequencer.IsAvailable(0)); // overwritten by lap 1
    }

    [Fact]
    public void Barrier_SeveralDependents_FollowsTheirMinimum()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(16, new YieldingWaitStrategy());
        for (int i = 0; i < 10; i++) Assert.True(ring.TryPublish(default));
        var a = new Sequence(7);
        var b = new Sequence(4);
        var barrier = ring.NewBarrier(a, b);
        Assert.Equal(4, barrier.Available(0));
        Assert.True(barrier.Available(5) < 5);
        b.SetValue(9);
        Assert.Equal(7, barrier.Available(5));
    }

    [Fact]
    public void RemoveGatingSequence_StoppedConsumer_NoLongerGates()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(4, new YieldingWaitStrategy());
        var stopped = new Sequence();
        ring.AddGatingSequences(stopped);
        for (int i = 0; i < 4; i++) Assert.True(ring.TryPublish(default));
        Assert.False(ring.TryClaim(out _));
        Assert.True(ring.RemoveGatingSequence(stopped));
        Assert.False(ring.RemoveGatingSequence(stopped));
        Assert.True(ring.TryClaim(out long sequence));
        Assert.Equal(4, sequence);
    }

    private static RingBuffer<TestEvent> Create(bool multiProducer, int size) => multiProducer
        ? RingBuffer<TestEvent>.CreateMultiProducer(size, new YieldingWaitStrategy())
        : RingBuffer<TestEvent>.CreateSingleProducer(size, new YieldingWaitStrategy());
}
