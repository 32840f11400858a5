using System.Runtime.InteropServices;

namespace SocialExchange.Bench.Pipeline.Running;

/// <summary>
/// The item both transports carry: 64 bytes (eight longs), about the size of an engine command. The producer writes
/// every field and the consumer reads every field, so each item really moves a cache line.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 64)]
public struct BenchItem
{
    /// <summary>Which producer sent it (0-based).</summary>
    public long Producer;

    /// <summary>The producer's own count: 0, 1, 2, ... (the consumer checks each producer's order with it).</summary>
    public long Counter;

    public long Payload0;
    public long Payload1;
    public long Payload2;
    public long Payload3;
    public long Payload4;
    public long Payload5;

    /// <summary>The item producer <paramref name="producer"/> sends as its <paramref name="counter"/>-th.</summary>
    public static void Fill(ref BenchItem item, long producer, long counter)
    {
        item.Producer = producer;
        item.Counter = counter;
        item.Payload0 = counter + 1;
        item.Payload1 = counter + 2;
        item.Payload2 = counter + 3;
        item.Payload3 = counter + 4;
        item.Payload4 = counter + 5;
        item.Payload5 = counter + 6;
    }

    /// <summary>What the item adds to the checksum: the sum of all eight fields.</summary>
    public static long Digest(in BenchItem item) =>
        item.Producer + item.Counter + item.Payload0 + item.Payload1 + item.Payload2 + item.Payload3 + item.Payload4 + item.Payload5;

    /// <summary>The checksum of everything producer <paramref name="producer"/> sends when it sends <paramref name="count"/> items.</summary>
    public static long ExpectedDigest(long producer, long count) =>
        // Per item: producer + 7 * counter + (1 + 2 + ... + 6); summed over counter = 0 .. count - 1.
        count * producer + 7 * (count * (count - 1) / 2) + 21 * count;
}
