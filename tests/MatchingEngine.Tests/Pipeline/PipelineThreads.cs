using System.Diagnostics;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>
/// Threads for the pipeline tests: started in the background, with their exceptions kept and rethrown on join
/// (an exception on a bare thread would kill the test host), and joins bounded by a generous timeout that is only
/// a guard against hangs, never part of what a test asserts.
/// </summary>
internal sealed class PipelineThreads
{
    /// <summary>How long any wait in these tests may take before it counts as a hang.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private readonly List<(Thread Thread, Func<Exception?> Error)> _threads = [];

    /// <summary>Starts <paramref name="body"/> on a new background thread.</summary>
    public Thread Start(string name, Action body)
    {
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                body();
            }
            catch (Exception e)
            {
                error = e;
            }
        }) { IsBackground = true, Name = name };
        _threads.Add((thread, () => Volatile.Read(ref error)));
        thread.Start();
        return thread;
    }

    /// <summary>Joins every thread started here (fails the test on a hang) and rethrows the first exception.</summary>
    public void JoinAll()
    {
        foreach (var (thread, _) in _threads)
            Assert.True(thread.Join(Guard), $"thread '{thread.Name}' did not finish within {Guard}");
        foreach (var (thread, error) in _threads)
        {
            if (error() is { } e) throw new InvalidOperationException($"thread '{thread.Name}' failed", e);
        }
    }

    /// <summary>Waits until <paramref name="sequence"/> reaches <paramref name="target"/>; fails the test on a hang.</summary>
    public static void WaitUntilReached(Sequence sequence, long target)
    {
        long deadline = Stopwatch.GetTimestamp() + (long)(Guard.TotalSeconds * Stopwatch.Frequency);
        var spin = new SpinWait();
        while (sequence.Value < target)
        {
            Assert.True(Stopwatch.GetTimestamp() < deadline, $"sequence stuck at {sequence.Value}, waiting for {target}");
            spin.SpinOnce();
        }
    }

    /// <summary>A new instance of the wait strategy named <paramref name="kind"/>.</summary>
    public static IWaitStrategy Strategy(WaitKind kind) => kind switch
    {
        WaitKind.BusySpin => new BusySpinWaitStrategy(),
        WaitKind.Yielding => new YieldingWaitStrategy(),
        WaitKind.Blocking => new BlockingWaitStrategy(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
