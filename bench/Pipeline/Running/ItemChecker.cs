namespace SocialExchange.Bench.Pipeline.Running;

/// <summary>
/// The consumer's work in both transports, identical: count, add to a checksum, and check that each producer's
/// items arrive in the order it sent them (no loss, no duplicate, no reordering within a producer).
/// </summary>
public struct ItemChecker
{
    /// <summary>Per producer, the counter its next item must carry.</summary>
    private readonly long[] _nextCounter;

    /// <summary>Items seen.</summary>
    public long Count;

    /// <summary>Sum of <see cref="BenchItem.Digest"/> over the items seen.</summary>
    public long Checksum;

    /// <summary>Items that came out of their producer's order (or from an unknown producer).</summary>
    public long OrderErrors;

    public ItemChecker(int producers) => _nextCounter = new long[producers];

    /// <summary>Takes one item.</summary>
    public void Check(in BenchItem item)
    {
        Count++;
        Checksum += BenchItem.Digest(item);
        long producer = item.Producer;
        if ((ulong)producer >= (ulong)_nextCounter.Length || item.Counter != _nextCounter[producer])
        {
            OrderErrors++;
            return;
        }
        _nextCounter[producer]++;
    }

    /// <summary>Empty when everything arrived exactly once and in order; otherwise what went wrong.</summary>
    public readonly string Verify(long[] sentPerProducer)
    {
        ArgumentNullException.ThrowIfNull(sentPerProducer);
        long expectedCount = 0, expectedChecksum = 0;
        for (int p = 0; p < sentPerProducer.Length; p++)
        {
            expectedCount += sentPerProducer[p];
            expectedChecksum += BenchItem.ExpectedDigest(p, sentPerProducer[p]);
            if (_nextCounter[p] != sentPerProducer[p]) return $"producer {p}: {_nextCounter[p]} of {sentPerProducer[p]} items in order";
        }
        if (OrderErrors != 0) return $"{OrderErrors} items out of order";
        if (Count != expectedCount) return $"{Count} items received, {expectedCount} sent";
        if (Checksum != expectedChecksum) return $"checksum {Checksum}, expected {expectedChecksum}";
        return "";
    }
}
