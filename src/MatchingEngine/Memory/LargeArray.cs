using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialExchange.Matching.Memory;

/// <summary>
/// Allocates the engine's big arrays (the order pool, the id map, the rings) so that writing them the first time is
/// cheap: on Linux the array is pinned and its 2 MiB-aligned interior is given to the kernel's transparent huge
/// pages (<c>madvise(MADV_HUGEPAGE)</c>) before anything writes to it.
/// </summary>
/// <remarks>
/// <para>
/// Why: these arrays are written in full when they are created, so that the matching path never takes a page
/// fault, and every restart creates them again. On the project's VM each first write to a 4 KiB page costs a
/// fault: 1 GiB took 2.6-3.3 s to write the first time with ordinary pages, 0.11 s with huge pages (0.9-1.5 s when
/// the kernel first had to compact memory to find them), and an engine sized for 10M orders holds well over 1 GB
/// of them (bench/README.md, "Recovery").
/// </para>
/// <para>
/// Pinned (the pinned object heap, which never compacts) because the advice is about addresses: the array must
/// not move. Arrays under <see cref="MinimumBytes"/> and other systems get an ordinary array. The advice is only
/// advice: where transparent huge pages are off, <c>madvise</c> fails or changes nothing, and the array works
/// exactly the same, so its result is not checked.
/// </para>
/// </remarks>
internal static class LargeArray
{
    /// <summary>Smaller arrays gain nothing worth a pinned allocation.</summary>
    public const long MinimumBytes = 4 << 20;

    private const long HugePageBytes = 2 << 20;

    /// <summary><c>MADV_HUGEPAGE</c> from Linux's <c>mman-common.h</c>.</summary>
    private const int MadviseHugePage = 14;

    /// <summary>A zeroed array of <paramref name="length"/> items (see the class remarks for how it is placed).</summary>
    public static T[] Allocate<T>(int length)
    {
        long bytes = (long)length * Unsafe.SizeOf<T>();
        if (bytes < MinimumBytes || !OperatingSystem.IsLinux()) return new T[length];
        var array = GC.AllocateArray<T>(length, pinned: true);
        long start = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        long first = (start + HugePageBytes - 1) & ~(HugePageBytes - 1);
        long end = (start + bytes) & ~(HugePageBytes - 1);
        if (end > first) _ = Madvise((nint)first, (nuint)(end - first), MadviseHugePage);
        return array;
    }

    [DllImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static extern int Madvise(nint address, nuint length, int advice);
}
