using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialExchange.Matching.Memory;

/// <summary>
/// Asks Linux to back a large array with 2 MiB pages (transparent huge pages) instead of 4 KiB ones. The engine's
/// big arrays (the rings, the order pool, the order-id map) are read at random or streamed by several threads; with
/// 4 KiB pages their accesses miss the TLB, and in a virtual machine every miss walks two page tables.
/// </summary>
/// <remarks>
/// <para>
/// Most distributions, and the project's machines, set transparent huge pages to <c>madvise</c>: only ranges
/// marked with <c>MADV_HUGEPAGE</c> get them, and the .NET runtime marks none. The array is already in use when
/// this runs (the runtime zeroed it), so marking it alone would leave its 4 KiB pages in place until the kernel's
/// background collapser came by, minutes later; <c>MADV_COLLAPSE</c> (Linux 6.1 and later) turns them into huge
/// pages at once. Only the 2 MiB-aligned part of the array can be converted. Advice only: when the kernel refuses
/// (an older kernel, huge pages disabled, another operating system) nothing changes but the speed.
/// </para>
/// <para>
/// Measured in bench/README.md ("Huge pages"): the engine host end to end ran about 1.6 times as fast with the
/// whole process on huge pages as without.
/// </para>
/// <para>
/// An array of 2 MiB or more lives on the large object heap, which the garbage collector does not compact unless
/// told to, so the address advised stays the array's. Were it ever moved, the advice would stay with the old
/// address range: the array would be slower, never wrong.
/// </para>
/// </remarks>
internal static class HugePages
{
    /// <summary>2 MiB, the x86-64 and arm64 transparent huge page size.</summary>
    public const int Size = 2 << 20;

    private const int MadvHugePage = 14;
    private const int MadvCollapse = 25;

    /// <summary>
    /// Advises huge pages for <paramref name="array"/> when it spans at least one whole huge page; returns the bytes
    /// the kernel collapsed into huge pages (0 when it refused or the array is too small).
    /// </summary>
    public static long Advise<T>(T[] array)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (!OperatingSystem.IsLinux()) return 0;
        long length = (long)array.Length * Unsafe.SizeOf<T>();
        if (length < Size) return 0;
        // The address is only read, never dereferenced here: a large-object-heap array stays where it is.
        long start = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        long first = (start + Size - 1) & ~(long)(Size - 1);
        long end = (start + length) & ~(long)(Size - 1);
        long collapsed = 0;
        if (end > first && Madvise((nint)first, (nuint)(end - first), MadvHugePage) == 0
            && Madvise((nint)first, (nuint)(end - first), MadvCollapse) == 0)
        {
            collapsed = end - first;
        }
        GC.KeepAlive(array);
        return collapsed;
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
