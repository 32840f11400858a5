using SocialExchange.Matching.Hosting;

namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>
/// Pinning a thread to CPUs: the kernel then runs it only there (read back independently from <c>/proc</c>), a
/// CPU the process cannot use is refused with a message naming it and the usable ones, and a bad list is refused
/// before the kernel is asked.
/// </summary>
public sealed class ThreadAffinityTests
{
    [Fact]
    public void PinCurrentThread_LimitsThatThreadAndOnlyThatThreadToTheCpusGiven()
    {
        if (!ThreadAffinity.IsSupported) return;
        var allowed = ThreadAffinity.CurrentThreadCpus();
        int last = allowed[^1];
        string? pinnedStatus = null;
        IReadOnlyList<int>? pinnedCpus = null;

        RunOnNewThread(() =>
        {
            ThreadAffinity.PinCurrentThread([last]);
            pinnedCpus = ThreadAffinity.CurrentThreadCpus();
            pinnedStatus = AllowedCpuList(File.ReadAllText("/proc/thread-self/status"));
        });

        Assert.Equal([last], pinnedCpus);
        Assert.Equal(last.ToString(System.Globalization.CultureInfo.InvariantCulture), pinnedStatus);
        Assert.Equal(allowed, ThreadAffinity.CurrentThreadCpus()); // the calling thread is untouched
    }

    [Fact]
    public void PinCurrentThread_ToACpuTheProcessCannotUse_FailsNamingItAndTheUsableOnes()
    {
        if (!ThreadAffinity.IsSupported) return;
        var allowed = ThreadAffinity.CurrentThreadCpus();
        int unusable = UnusableCpu();
        Exception? error = null;
        IReadOnlyList<int>? after = null;

        RunOnNewThread(() =>
        {
            error = Record.Exception(() => ThreadAffinity.PinCurrentThread([unusable]));
            after = ThreadAffinity.CurrentThreadCpus();
        });

        var refused = Assert.IsType<InvalidOperationException>(error);
        Assert.Contains($"cannot pin the thread to CPU {unusable}: none of them is available to this process", refused.Message);
        Assert.Contains("may run on CPU " + string.Join(", ", allowed), refused.Message);
        Assert.Equal(allowed, after); // refused, so nothing changed
    }

    [Theory]
    [InlineData(new int[0], "the CPU list is empty")]
    [InlineData(new[] { 0, -1 }, "the CPU list holds -1, not a CPU number (0 to 1023)")]
    [InlineData(new[] { 1024 }, "the CPU list holds 1024, not a CPU number (0 to 1023)")]
    public void PinCurrentThread_WithABadList_IsRefusedBeforeAskingTheKernel(int[] cpus, string problem)
    {
        if (!ThreadAffinity.IsSupported) return;
        Exception? error = null;

        RunOnNewThread(() => error = Record.Exception(() => ThreadAffinity.PinCurrentThread(cpus)));

        Assert.StartsWith(problem, Assert.IsType<ArgumentException>(error).Message, StringComparison.Ordinal);
    }

    /// <summary>The value of the <c>Cpus_allowed_list</c> line of a <c>/proc/.../status</c> file, e.g. "0-1" or "1".</summary>
    internal static string AllowedCpuList(string status)
    {
        var line = status.Split('\n').Single(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal));
        return line["Cpus_allowed_list:".Length..].Trim();
    }

    /// <summary>The highest CPU number this thread may not run on (there is one unless the machine has 1,024 CPUs).</summary>
    internal static int UnusableCpu()
    {
        var allowed = ThreadAffinity.CurrentThreadCpus();
        return Enumerable.Range(0, ThreadAffinity.MaxCpus).Reverse().First(cpu => !allowed.Contains(cpu));
    }

    /// <summary>Pinning is for the calling thread: each test pins a thread of its own, never the test runner's.</summary>
    private static void RunOnNewThread(Action action)
    {
        var thread = new Thread(() => action());
        thread.Start();
        thread.Join();
    }
}
