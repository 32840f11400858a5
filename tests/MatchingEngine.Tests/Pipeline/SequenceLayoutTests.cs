using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>
/// The padding that keeps shared counters alone on their cache lines: at least 56 bytes before and after the value,
/// in the declared layout (<see cref="Marshal.OffsetOf(Type, string)"/>, <see cref="Unsafe.SizeOf{T}"/>) and in the
/// object the runtime really allocates.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class SequenceLayoutTests
{
    private const int CacheLine = 64;
    private const int MinimumPadding = 56;

    /// <summary>Stand-in to reach an object's first field: its single byte field sits where any object's fields begin.</summary>
    private sealed class RawObject
    {
        public byte FirstByte;
    }

    [Fact]
    public void Sequence_DeclaredLayout_PadsValueOnBothSides()
    {
        int offset = (int)Marshal.OffsetOf<Sequence>("_value");
        int size = Marshal.SizeOf<Sequence>();
        Assert.True(offset >= MinimumPadding, $"value at offset {offset}");
        Assert.True(size - offset - sizeof(long) >= MinimumPadding, $"size {size}, value at {offset}");
    }

    [Fact]
    public void Sequence_ManagedObject_HoldsValueAtOffset56WithZeroPaddingAround()
    {
        const long Pattern = 0x0123_4567_89AB_CDEF;
        var sequence = new Sequence(Pattern);
        ref byte fields = ref Unsafe.As<RawObject>(sequence).FirstByte;
        int size = Marshal.SizeOf<Sequence>();
        int found = -1;
        for (int offset = 0; offset + sizeof(long) <= size; offset++)
        {
            if (Unsafe.ReadUnaligned<long>(ref Unsafe.Add(ref fields, offset)) == Pattern)
            {
                Assert.Equal(-1, found);
                found = offset;
            }
        }
        Assert.Equal(Sequence.PaddingBytes, found);
        for (int offset = 0; offset < size; offset++)
        {
            if (offset >= found && offset < found + sizeof(long)) continue;
            Assert.Equal(0, Unsafe.Add(ref fields, offset));
        }
    }

    [Fact]
    public void Sequence_Allocation_IsAtLeastTwoCacheLines()
    {
        // Object header and method table pointer (16 bytes on 64-bit) plus 56 + 8 + 56 bytes of fields.
        const int Count = 1_000;
        var keep = new Sequence[Count];
        keep[0] = new Sequence();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Count; i++) keep[i] = new Sequence();
        long perObject = (GC.GetAllocatedBytesForCurrentThread() - before) / Count;
        Assert.True(perObject >= 2 * sizeof(long) + MinimumPadding + sizeof(long) + MinimumPadding, $"{perObject} bytes per Sequence");
        GC.KeepAlive(keep);
    }

    [Fact]
    public void PaddedProducerPosition_Layout_PadsBothFieldsOnBothSides()
    {
        int claimed = (int)Marshal.OffsetOf<PaddedProducerPosition>(nameof(PaddedProducerPosition.Claimed));
        int cached = (int)Marshal.OffsetOf<PaddedProducerPosition>(nameof(PaddedProducerPosition.CachedGating));
        int size = Unsafe.SizeOf<PaddedProducerPosition>();
        Assert.True(claimed >= MinimumPadding, $"Claimed at {claimed}");
        Assert.Equal(claimed + sizeof(long), cached);
        Assert.True(size - cached - sizeof(long) >= MinimumPadding, $"size {size}, CachedGating at {cached}");
        Assert.True(size >= 2 * CacheLine, $"size {size}");
    }
}
