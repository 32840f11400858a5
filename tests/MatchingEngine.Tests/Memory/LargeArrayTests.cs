using System.Globalization;
using System.Runtime.InteropServices;
using SocialExchange.Matching.Memory;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Tests.Memory;

/// <summary>
/// The engine's big arrays: zeroed and of the length asked for whatever their size and type, and on Linux, where
/// transparent huge pages are not off, placed where the kernel may back them with huge pages (what makes creating
/// a large engine, at every restart, fast).
/// </summary>
public sealed class LargeArrayTests
{
    private const string HugePageSetting = "/sys/kernel/mm/transparent_hugepage/enabled";

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(3 << 20)] // 24 MiB of longs: above the threshold
    public void Allocate_GivesAZeroedArrayOfTheLengthAskedFor(int length)
    {
        var array = LargeArray.Allocate<long>(length);

        Assert.Equal(length, array.Length);
        Assert.True(array.AsSpan().IndexOfAnyExcept(0L) < 0, "the array is not all zeros");
        array[^1] = 42; // writable to its end
        Assert.Equal(42, array[^1]);
    }

    [Fact]
    public void Allocate_OfReferences_GivesAnArrayOfNulls()
    {
        var array = LargeArray.Allocate<string?>(1 << 20); // 8 MiB of references: above the threshold

        Assert.Equal(1 << 20, array.Length);
        Assert.All(array, Assert.Null);
        array[^1] = new string('x', 3);
        GC.Collect(); // the collector sees the references it holds
        Assert.Equal("xxx", array[^1]);
    }

    [Fact]
    public void Allocate_OfOrders_ZeroesEveryField()
    {
        var orders = LargeArray.Allocate<Order>(100_000);

        Assert.Equal(100_000, orders.Length);
        Assert.True(MemoryMarshal.AsBytes(orders.AsSpan()).IndexOfAnyExcept((byte)0) < 0, "an order slot is not all zeros");
    }

    [Fact]
    public void Allocate_Large_OnLinux_IsEligibleForHugePagesUnlessTheyAreOff()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(HugePageSetting)) return; // nothing to advise elsewhere
        string mode = SelectedMode(File.ReadAllText(HugePageSetting));
        var advised = LargeArray.Allocate<long>(4 << 20); // 32 MiB
        var ordinary = new long[4 << 20];
        advised.AsSpan().Fill(1);
        ordinary.AsSpan().Fill(1);

        bool advisedEligible = HugePageEligible(Marshal.UnsafeAddrOfPinnedArrayElement(advised, advised.Length / 2));
        switch (mode)
        {
            case "never":
                Assert.False(advisedEligible);
                break;
            case "always":
                Assert.True(advisedEligible);
                break;
            default: // "madvise": only what was advised is eligible, which is what this class adds
                Assert.True(advisedEligible, "the large array was not advised for huge pages");
                var handle = GCHandle.Alloc(ordinary, GCHandleType.Pinned);
                try
                {
                    Assert.False(HugePageEligible(handle.AddrOfPinnedObject() + ordinary.Length * sizeof(long) / 2), "an ordinary array is eligible too: the check proves nothing");
                }
                finally
                {
                    handle.Free();
                }
                break;
        }
        GC.KeepAlive(advised);
    }

    /// <summary>The bracketed word of the kernel's setting, e.g. "madvise" from "always [madvise] never".</summary>
    private static string SelectedMode(string setting)
    {
        int open = setting.IndexOf('[', StringComparison.Ordinal);
        int close = setting.IndexOf(']', StringComparison.Ordinal);
        Assert.True(open >= 0 && close > open, $"unexpected {HugePageSetting}: {setting}");
        return setting[(open + 1)..close];
    }

    /// <summary>The <c>THPeligible</c> flag of the mapping that holds <paramref name="address"/>, from <c>/proc/self/smaps</c>.</summary>
    private static bool HugePageEligible(nint address)
    {
        ulong target = (ulong)address;
        bool inMapping = false;
        foreach (string line in File.ReadLines("/proc/self/smaps"))
        {
            int dash = line.IndexOf('-', StringComparison.Ordinal);
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong start)
                && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong end))
            {
                inMapping = start <= target && target < end;
            }
            else if (inMapping && line.StartsWith("THPeligible:", StringComparison.Ordinal))
            {
                return line.AsSpan("THPeligible:".Length).Trim().SequenceEqual("1");
            }
        }
        Assert.Fail($"no mapping with a THPeligible line holds address 0x{target:x}");
        return false;
    }
}
