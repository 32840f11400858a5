using System.Runtime.InteropServices;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Pins the calling thread to a set of CPUs (Linux, <c>sched_setaffinity</c>): for the host's stage threads (see
/// <see cref="StageAffinity"/>) and for the producer threads that feed the host.
/// </summary>
/// <remarks>
/// Why a program would: on a small machine more busy threads than cores take turns, and which threads share a core
/// decides the rate. On the project's 2-core VM the matching thread and the fan-out thread (which reads the events
/// matching has just written, from the same core's cache) on one CPU, the journal thread and the producer on the
/// other, ran the host benchmark 1.38x faster than leaving the placement to the scheduler (ten paired rounds)
/// (bench/README.md, "Sixth session of 2026-12-07").
/// </remarks>
public static class ThreadAffinity
{
    /// <summary>CPU numbers must be below this: the size of the kernel's default CPU set (glibc's <c>CPU_SETSIZE</c>).</summary>
    public const int MaxCpus = 1024;

    /// <summary><c>EINVAL</c>: none of the CPUs asked for is online and allowed to this process.</summary>
    private const int InvalidArgument = 22;

    /// <summary>Whether this system can pin threads (Linux only).</summary>
    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>Lets the calling thread run only on <paramref name="cpus"/> (numbered from 0, as in <c>/proc/cpuinfo</c>).</summary>
    /// <exception cref="PlatformNotSupportedException">Not Linux.</exception>
    /// <exception cref="ArgumentException">The list is empty or holds a number outside 0 to <see cref="MaxCpus"/> - 1.</exception>
    /// <exception cref="InvalidOperationException">The kernel refused, for instance because none of the CPUs is available to this process; the message says which CPUs are.</exception>
    public static void PinCurrentThread(IReadOnlyList<int> cpus)
    {
        ArgumentNullException.ThrowIfNull(cpus);
        if (!IsSupported) throw new PlatformNotSupportedException("pinning threads to CPUs is only supported on Linux");
        if (Problem(cpus) is { } problem) throw new ArgumentException($"the CPU list {problem}", nameof(cpus));
        Span<ulong> mask = stackalloc ulong[MaxCpus / 64];
        mask.Clear();
        foreach (int cpu in cpus) mask[cpu / 64] |= 1UL << (cpu % 64);
        if (SchedSetAffinity(0, (nuint)(mask.Length * sizeof(ulong)), ref MemoryMarshal.GetReference(mask)) == 0) return;
        int errno = Marshal.GetLastPInvokeError();
        throw new InvalidOperationException(errno == InvalidArgument
            ? $"cannot pin the thread to CPU {Describe(cpus)}: none of them is available to this process (this thread may run on CPU {Describe(CurrentThreadCpus())})"
            : $"cannot pin the thread to CPU {Describe(cpus)}: sched_setaffinity failed with errno {errno}");
    }

    /// <summary>The CPUs the calling thread may run on, in increasing order.</summary>
    /// <exception cref="PlatformNotSupportedException">Not Linux.</exception>
    public static IReadOnlyList<int> CurrentThreadCpus()
    {
        if (!IsSupported) throw new PlatformNotSupportedException("reading a thread's CPUs is only supported on Linux");
        Span<ulong> mask = stackalloc ulong[MaxCpus / 64];
        mask.Clear();
        if (SchedGetAffinity(0, (nuint)(mask.Length * sizeof(ulong)), ref MemoryMarshal.GetReference(mask)) != 0)
            throw new InvalidOperationException($"sched_getaffinity failed with errno {Marshal.GetLastPInvokeError()}");
        var cpus = new List<int>();
        for (int cpu = 0; cpu < MaxCpus; cpu++)
        {
            if ((mask[cpu / 64] & (1UL << (cpu % 64))) != 0) cpus.Add(cpu);
        }
        return cpus;
    }

    /// <summary>What is wrong with a CPU list, in words that follow its name ("is empty"), or null when nothing is.</summary>
    internal static string? Problem(IReadOnlyList<int> cpus)
    {
        if (cpus.Count == 0) return "is empty";
        foreach (int cpu in cpus)
        {
            if (cpu < 0 || cpu >= MaxCpus) return $"holds {cpu}, not a CPU number (0 to {MaxCpus - 1})";
        }
        return null;
    }

    /// <summary>"0", "0, 2".</summary>
    internal static string Describe(IEnumerable<int> cpus) => string.Join(", ", cpus);

    [DllImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static extern int SchedSetAffinity(int threadId, nuint maskBytes, ref ulong mask);

    [DllImport("libc", EntryPoint = "sched_getaffinity", SetLastError = true)]
    private static extern int SchedGetAffinity(int threadId, nuint maskBytes, ref ulong mask);
}
