namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// What Linux's scheduler has recorded for each named thread of this process, from <c>/proc/self/task/*/schedstat</c>
/// (nanoseconds, not the 10 ms ticks of <c>stat</c>): the per-stage cost of a run is the difference of two
/// readings. Threads of one name are summed. Empty where there is no such file. A thread that ends before the
/// second reading (the benchmark's producers) measures itself with <see cref="OfCurrentThread"/>.
/// </summary>
/// <remarks>
/// Why the benchmark reports it: on the project's shared VM the same build's throughput varies by 1.5x from one
/// process to the next, so comparing two builds by throughput needs many rounds (<c>bench/paired.py</c>); the CPU
/// time each stage spends per command, and how often it was switched in, say where the time goes in every run.
/// With the yielding wait strategy the CPU time includes the stages' waiting (spinning and yielding); with
/// <c>--wait blocking</c> a waiting stage sleeps, so it is close to the stage's work.
/// </remarks>
public static class ThreadCpuTimes
{
    /// <summary>The scheduler's figures so far, by thread name (Linux truncates names to 15 characters).</summary>
    public static Dictionary<string, ThreadSchedule> Read()
    {
        var times = new Dictionary<string, ThreadSchedule>();
        var tasks = new DirectoryInfo("/proc/self/task");
        if (!tasks.Exists) return times;
        foreach (var task in tasks.EnumerateDirectories())
        {
            try
            {
                string name = File.ReadAllText(Path.Combine(task.FullName, "comm")).TrimEnd('\n');
                var schedule = ThreadSchedule.Parse(File.ReadAllText(Path.Combine(task.FullName, "schedstat")));
                times[name] = times.GetValueOrDefault(name) + schedule;
            }
            catch (IOException)
            {
                // The thread ended between listing and reading: it did not take part in the run.
            }
        }
        return times;
    }

    /// <summary>The scheduler's figures for the calling thread so far; zero where there is no such file.</summary>
    public static ThreadSchedule OfCurrentThread()
    {
        const string path = "/proc/thread-self/schedstat";
        return File.Exists(path) ? ThreadSchedule.Parse(File.ReadAllText(path)) : default;
    }

    /// <summary>What each thread spent between <paramref name="before"/> and <paramref name="after"/>; threads that did not run are left out.</summary>
    public static Dictionary<string, ThreadSchedule> Between(Dictionary<string, ThreadSchedule> before, Dictionary<string, ThreadSchedule> after) =>
        after.Select(t => (t.Key, Spent: t.Value - before.GetValueOrDefault(t.Key)))
            .Where(t => t.Spent.OnCpuNanoseconds > 0)
            .ToDictionary(t => t.Key, t => t.Spent);
}
