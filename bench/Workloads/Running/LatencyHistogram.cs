using System.Numerics;
using System.Runtime.CompilerServices;

namespace SocialExchange.Bench.Workloads.Running;

/// <summary>
/// Log-linear histogram of non-negative 64-bit values (here <see cref="System.Diagnostics.Stopwatch"/> ticks), in
/// one preallocated array so that recording in the timed loop allocates nothing. HdrHistogram's layout, cut down.
/// <para>
/// Precision: values below 256 each have their own bucket and are exact. Above, every power-of-two range
/// [2^k, 2^(k+1)) is split into 128 equal buckets, so a bucket is at most 1/128 of its lowest value wide: a
/// percentile is reported as the highest value of its bucket and so overstates by at most 0.78% and never
/// understates. The maximum is tracked exactly. 7,296 buckets cover every positive <c>long</c> (58 KB).
/// </para>
/// </summary>
public sealed class LatencyHistogram
{
    /// <summary>Log2 of the buckets per power-of-two range.</summary>
    private const int SubBucketBits = 7;

    /// <summary>Buckets per power-of-two range above the exact region.</summary>
    private const int SubBucketCount = 1 << SubBucketBits;

    /// <summary>Values below this have one bucket each.</summary>
    private const int ExactLimit = SubBucketCount * 2;

    /// <summary>Counts per bucket: the exact region, then 128 buckets for each range 2^8 .. 2^62.</summary>
    private readonly long[] _counts = new long[ExactLimit + (63 - SubBucketBits - 1) * SubBucketCount];

    /// <summary>Values recorded.</summary>
    public long Count { get; private set; }

    /// <summary>Largest value recorded, exact.</summary>
    public long Max { get; private set; }

    /// <summary>Sum of the values recorded, for the mean.</summary>
    public long Sum { get; private set; }

    /// <summary>Mean of the values recorded; zero when empty.</summary>
    public double Mean => Count == 0 ? 0 : (double)Sum / Count;

    /// <summary>Adds one value; a negative value counts as zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Record(long value)
    {
        if (value < 0) value = 0;
        _counts[IndexOf(value)]++;
        Count++;
        Sum += value;
        if (value > Max) Max = value;
    }

    /// <summary>Forgets every value (keeps the array).</summary>
    public void Reset()
    {
        Array.Clear(_counts);
        Count = 0;
        Max = 0;
        Sum = 0;
    }

    /// <summary>
    /// The value at or below which <paramref name="percentile"/> percent of the recorded values lie (0 to 100),
    /// as the highest value of its bucket, capped at the exact maximum. Zero when empty.
    /// </summary>
    public long ValueAtPercentile(double percentile)
    {
        if (Count == 0) return 0;
        long rank = (long)Math.Ceiling(Math.Clamp(percentile, 0, 100) / 100 * Count);
        if (rank < 1) rank = 1;
        long seen = 0;
        for (int i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank) return Math.Min(HighestValueOf(i), Max);
        }
        return Max;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOf(long value)
    {
        if (value < ExactLimit) return (int)value;
        int msb = 63 - BitOperations.LeadingZeroCount((ulong)value);
        int shift = msb - SubBucketBits;
        int sub = (int)(value >> shift) - SubBucketCount;
        return ExactLimit + (shift - 1) * SubBucketCount + sub;
    }

    private static long HighestValueOf(int index)
    {
        if (index < ExactLimit) return index;
        int shift = (index - ExactLimit) / SubBucketCount + 1;
        long sub = (index - ExactLimit) % SubBucketCount;
        long lowest = (SubBucketCount + sub) << shift;
        return lowest + (1L << shift) - 1;
    }
}
