namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>The slot type of the pipeline tests: who sent it, its place in that producer's stream, and stage marks.</summary>
internal struct TestEvent
{
    /// <summary>The producer (0-based).</summary>
    public long Producer;

    /// <summary>The producer's own count: 0, 1, 2, ...</summary>
    public long Counter;

    /// <summary>Payload derived from producer and counter, so the checksum covers more than the counter.</summary>
    public long Value;

    /// <summary>Written by the first stage of a chain (sequence + 1), checked by the stages after it.</summary>
    public long StageA;

    /// <summary>Written by a second, parallel stage (sequence + 1).</summary>
    public long StageB;

    /// <summary>Fills a slot as producer <paramref name="producer"/>'s <paramref name="counter"/>-th item, clearing the stage marks of the previous lap.</summary>
    public static void Fill(ref TestEvent slot, long producer, long counter)
    {
        slot.Producer = producer;
        slot.Counter = counter;
        slot.Value = ValueOf(producer, counter);
        slot.StageA = 0;
        slot.StageB = 0;
    }

    /// <summary>The payload of producer <paramref name="producer"/>'s <paramref name="counter"/>-th item.</summary>
    public static long ValueOf(long producer, long counter) => (producer + 1) * 1_000_003 + counter * 7;

    /// <summary>The sum of <see cref="ValueOf"/> over everything <paramref name="producers"/> producers send, <paramref name="perProducer"/> each.</summary>
    public static long ExpectedChecksum(int producers, long perProducer)
    {
        long sum = 0;
        for (int p = 0; p < producers; p++)
        {
            for (long c = 0; c < perProducer; c++) sum += ValueOf(p, c);
        }
        return sum;
    }
}
