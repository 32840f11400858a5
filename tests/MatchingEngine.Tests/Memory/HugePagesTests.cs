using System.Globalization;
using System.Runtime.InteropServices;
using SocialExchange.Matching.Memory;

namespace SocialExchange.Matching.Tests.Memory;

/// <summary>
/// The huge page advice on the engine's big arrays: it must never change what an array holds, and on a Linux
/// machine with transparent huge pages (the project's machines) the array really ends up on 2 MiB pages.
/// </summary>
public sealed class HugePagesTests
{
    [Fact]
    public void ArraySmallerThanAHugePage_IsLeftAlone()
    {
        Assert.Equal(0, HugePages.Advise(new long[1000]));
    }

    [Fact]
    public void LargeArray_KeepsEveryValue_AndIsBackedByHugePagesWhereTheKernelHasThem()
    {
        var array = new long[3 * HugePages.Size / sizeof(long) + 123]; // not a multiple: the tail stays on small pages
        for (int i = 0; i < array.Length; i++) array[i] = i * 31L + 7;

        long collapsed = HugePages.Advise(array);

        for (int i = 0; i < array.Length; i++)
        {
            if (array[i] != i * 31L + 7) Assert.Fail($"element {i} changed to {array[i]}");
        }
        Assert.Equal(0, collapsed % HugePages.Size);
        Assert.True(collapsed <= (long)array.Length * sizeof(long), $"{collapsed} bytes collapsed, more than the array's");
        if (!TransparentHugePagesAvailable()) return;
        // At least two whole huge pages lie inside 6 MiB and a bit, wherever the array starts.
        Assert.True(collapsed >= 2L * HugePages.Size, $"only {collapsed} bytes collapsed");
        // The advice splits the array's mapping: the advised part, from the first 2 MiB boundary, is a mapping of its own.
        long firstBoundary = (Marshal.UnsafeAddrOfPinnedArrayElement(array, 0) + HugePages.Size - 1) & ~(long)(HugePages.Size - 1);
        Assert.True(AnonHugePagesAround(firstBoundary) * 1024 >= collapsed, "smaps shows fewer huge pages than were collapsed");
        GC.KeepAlive(array);
    }

    private static bool TransparentHugePagesAvailable()
    {
        const string setting = "/sys/kernel/mm/transparent_hugepage/enabled";
        return OperatingSystem.IsLinux() && File.Exists(setting) && !File.ReadAllText(setting).Contains("[never]", StringComparison.Ordinal);
    }

    /// <summary>The AnonHugePages (kB) of the mapping in /proc/self/smaps that holds <paramref name="address"/>.</summary>
    private static long AnonHugePagesAround(long address)
    {
        bool inside = false;
        foreach (string line in File.ReadLines("/proc/self/smaps"))
        {
            int dash = line.IndexOf('-', StringComparison.Ordinal);
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash
                && long.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long start)
                && long.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long end))
            {
                inside = start <= address && address < end;
            }
            else if (inside && line.StartsWith("AnonHugePages:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan("AnonHugePages:".Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }
}
