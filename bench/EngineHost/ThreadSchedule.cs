namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// One line of Linux's <c>schedstat</c> for a thread: nanoseconds on a CPU, nanoseconds runnable but waiting for
/// one, and how many times it was switched in (see <see cref="ThreadCpuTimes"/>).
/// </summary>
public readonly record struct ThreadSchedule(long OnCpuNanoseconds, long RunnableWaitNanoseconds, long SwitchesIn)
{
    /// <summary>Reads "on-cpu waiting switches", the file's three numbers.</summary>
    public static ThreadSchedule Parse(string schedstat)
    {
        string[] fields = schedstat.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new ThreadSchedule(long.Parse(fields[0]), long.Parse(fields[1]), long.Parse(fields[2]));
    }

    public static ThreadSchedule operator +(ThreadSchedule a, ThreadSchedule b) =>
        new(a.OnCpuNanoseconds + b.OnCpuNanoseconds, a.RunnableWaitNanoseconds + b.RunnableWaitNanoseconds, a.SwitchesIn + b.SwitchesIn);

    public static ThreadSchedule operator -(ThreadSchedule a, ThreadSchedule b) =>
        new(a.OnCpuNanoseconds - b.OnCpuNanoseconds, a.RunnableWaitNanoseconds - b.RunnableWaitNanoseconds, a.SwitchesIn - b.SwitchesIn);
}
