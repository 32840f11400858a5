using System.Diagnostics;
using System.Globalization;

namespace SocialExchange.Bench.Pipeline.Running;

/// <summary>
/// How busy the rest of the machine was during a run: CPU time of the whole machine (Linux <c>/proc/stat</c>:
/// user, nice, system, irq, softirq and steal) less this process's own CPU time, as a share of all cores over the
/// run's wall time. The ring's producer and consumer each want a core of their own; on a 2-core machine another
/// busy process takes one of them, and the figure tells such a run from a fair one. Resolution is the kernel's
/// 10 ms tick, so treat a few percent as zero.
/// </summary>
internal readonly record struct MachineLoad(long MachineBusyTicks, TimeSpan OwnCpu, long Timestamp)
{
    /// <summary>Kernel ticks per second in <c>/proc/stat</c> (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Now; <see cref="MachineBusyTicks"/> is -1 where <c>/proc/stat</c> cannot be read.</summary>
    public static MachineLoad Now()
    {
        using var process = Process.GetCurrentProcess();
        return new MachineLoad(ReadBusyTicks(), process.TotalProcessorTime, Stopwatch.GetTimestamp());
    }

    /// <summary>The share (0 to 1) of all cores that other processes (and the hypervisor) used since <paramref name="before"/>; NaN if unknown.</summary>
    public double OthersShareSince(MachineLoad before)
    {
        if (MachineBusyTicks < 0 || before.MachineBusyTicks < 0) return double.NaN;
        double wall = Stopwatch.GetElapsedTime(before.Timestamp, Timestamp).TotalSeconds;
        double machine = (MachineBusyTicks - before.MachineBusyTicks) / TicksPerSecond;
        double own = (OwnCpu - before.OwnCpu).TotalSeconds;
        return Math.Clamp((machine - own) / (wall * Environment.ProcessorCount), 0, 1);
    }

    /// <summary>This process's CPU time since <paramref name="before"/> as a share (0 to 1) of all cores over the wall time.</summary>
    public double OwnShareSince(MachineLoad before)
    {
        double wall = Stopwatch.GetElapsedTime(before.Timestamp, Timestamp).TotalSeconds;
        return Math.Clamp((OwnCpu - before.OwnCpu).TotalSeconds / (wall * Environment.ProcessorCount), 0, 1);
    }

    private static long ReadBusyTicks()
    {
        try
        {
            using var reader = new StreamReader("/proc/stat");
            string? line = reader.ReadLine();
            if (line is null || !line.StartsWith("cpu ", StringComparison.Ordinal)) return -1;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            foreach (int index in (ReadOnlySpan<int>)[1, 2, 3, 6, 7, 8])
            {
                if (index < fields.Length) busy += long.Parse(fields[index], CultureInfo.InvariantCulture);
            }
            return busy;
        }
        catch (IOException)
        {
            return -1;
        }
        catch (UnauthorizedAccessException)
        {
            return -1;
        }
    }
}
