using System.Diagnostics;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Bench.Pipeline.Running;

/// <summary>
/// Measures how long a cache line takes to go from one thread to another and back: two threads bounce a counter
/// (a padded <see cref="Sequence"/>) between them, each waiting for the other's increment. On this VM the figure
/// changes over minutes (the host places the two virtual CPUs closer or further apart), and both transports' speeds
/// follow it, so every run records the round trip measured just before it.
/// </summary>
internal static class CoreToCore
{
    /// <summary>Round trips per measurement.</summary>
    private const int RoundTrips = 20_000;

    /// <summary>The median of three measurements of the round trip, in nanoseconds; NaN on a single-core machine.</summary>
    public static double MeasureRoundTripNanoseconds()
    {
        if (Environment.ProcessorCount < 2) return double.NaN;
        var samples = new double[3];
        for (int i = 0; i < samples.Length; i++) samples[i] = MeasureOnce();
        Array.Sort(samples);
        return samples[1];
    }

    private static double MeasureOnce()
    {
        var ball = new Sequence(0);
        var echo = new Thread(() =>
        {
            // Answers every odd value with the next even one.
            for (long expected = 1; expected < 2 * RoundTrips; expected += 2)
            {
                while (ball.Value != expected) Thread.SpinWait(1);
                ball.SetValue(expected + 1);
            }
        }) { IsBackground = true, Name = "round-trip echo" };
        echo.Start();
        // Untimed first bounce: the echo thread is scheduled and spinning.
        ball.SetValue(1);
        while (ball.Value != 2) Thread.SpinWait(1);
        long start = Stopwatch.GetTimestamp();
        for (long value = 3; value < 2 * RoundTrips; value += 2)
        {
            ball.SetValue(value);
            while (ball.Value != value + 1) Thread.SpinWait(1);
        }
        double elapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
        echo.Join();
        return elapsed / (RoundTrips - 1);
    }
}
