namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// How long each named thread of this process has been on a CPU, from Linux's <c>/proc/self/task/*/schedstat</c>
/// (nanoseconds, not the 10 ms ticks of <c>stat</c>): the per-stage CPU cost of a run is the difference of two
/// readings. Threads of one name are summed. Empty where there is no such file. A thread that ends before the
/// second reading (the benchmark's producers) measures itself with <see cref="OfCurrentThread"/>.
/// </summary>
/// <remarks>
/// Why the benchmark reports it: on the project's shared VM the same build's throughput varies by 1.5x from one
/// process to the next, so comparing two builds by throughput needs many rounds (<c>bench/paired.py</c>); the CPU
/// time each stage spends per command says where the time goes in every run. With the yielding wait strategy it
/// includes the stages' waiting (spinning and yielding); with <c>--wait blocking</c> a waiting stage sleeps, so it
/// is close to the stage's work.
/// </remarks>
public static class ThreadCpuTimes
{
    /// <summary>Nanoseconds on a CPU so far, by thread name (Linux truncates names to 15 characters).</summary>
    public static Dictionary<string, long> Read()
    {
        var times = new Dictionary<string, long>();
        var tasks = new DirectoryInfo("/proc/self/task");
        if (!tasks.Exists) return times;
        foreach (var task in tasks.EnumerateDirectories())
        {
            try
            {
                string name = File.ReadAllText(Path.Combine(task.FullName, "comm")).TrimEnd('\n');
                string schedstat = File.ReadAllText(Path.Combine(task.FullName, "schedstat"));
                long onCpu = long.Parse(schedstat.AsSpan(0, schedstat.IndexOf(' ')));
                times[name] = times.GetValueOrDefault(name) + onCpu;
            }
            catch (IOException)
            {
                // The thread ended between listing and reading: it did not take part in the run.
            }
        }
        return times;
    }

    /// <summary>Nanoseconds the calling thread has been on a CPU so far; 0 where there is no such file.</summary>
    public static long OfCurrentThread()
    {
        const string path = "/proc/thread-self/schedstat";
        if (!File.Exists(path)) return 0;
        string schedstat = File.ReadAllText(path);
        return long.Parse(schedstat.AsSpan(0, schedstat.IndexOf(' ')));
    }

    /// <summary>What each thread spent between <paramref name="before"/> and <paramref name="after"/>, in nanoseconds; threads that did not run are left out.</summary>
    public static Dictionary<string, long> Between(Dictionary<string, long> before, Dictionary<string, long> after) =>
        after.Select(t => (t.Key, Spent: t.Value - before.GetValueOrDefault(t.Key)))
            .Where(t => t.Spent > 0)
            .ToDictionary(t => t.Key, t => t.Spent);
}
