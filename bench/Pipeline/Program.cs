using SocialExchange.Bench.Pipeline.Reporting;
using SocialExchange.Bench.Pipeline.Running;

namespace SocialExchange.Bench.Pipeline;

/// <summary>
/// Ring against bounded channel: <c>dotnet run -c Release --project bench/Pipeline -- --items 20000000 --repeat 5</c>.
/// Exit codes: 0 done; 1 a run lost, duplicated or reordered items; 2 bad command line.
/// </summary>
public static class Program
{
    /// <summary>Warm-up passes per configuration, at the least.</summary>
    private const int WarmupPasses = 3;

    /// <summary>Warm-up time per configuration, at the least.</summary>
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(1);

    /// <summary>Pause after each warm-up pass, for the JIT's background compilation.</summary>
    private static readonly TimeSpan WarmupPause = TimeSpan.FromMilliseconds(250);

    /// <summary>Parses the command line, warms up, runs both transports in turn and prints the medians.</summary>
    public static int Main(string[] args)
    {
        var options = PipelineBenchOptions.Parse(args, out string? error, out bool help);
        if (help)
        {
            Console.Out.WriteLine(PipelineBenchOptions.Usage);
            return 0;
        }
        if (options is null)
        {
            Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine("Run with --help for usage.");
            return 2;
        }

        // The channel's producers and consumer are pool tasks; enough threads up front that none waits for the
        // pool's thread injection.
        int threads = options.Producers.Max() + 2;
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, threads), io);

        // With --json, standard output carries the JSON object alone; progress goes to standard error.
        var progress = options.Json ? TextWriter.Null : Console.Error;
        if (options.Warmup > 0)
        {
            progress.WriteLine($"warming up: {options.Warmup:N0} items per pass, at least {WarmupPasses} passes and {WarmupTime.TotalSeconds:F0} s per configuration ...");
            foreach (int producers in options.Producers) WarmUp(options, producers);
        }

        var results = new List<ConfigurationResult>();
        foreach (int producers in options.Producers)
        {
            var ring = new List<RunResult>();
            var channel = new List<RunResult>();
            for (int run = 1; run <= options.Repeat; run++)
            {
                // Alternate the transports so slow drifts of a shared machine touch both alike.
                progress.WriteLine($"{producers} producer(s), run {run} of {options.Repeat} ...");
                double roundTrip = CoreToCore.MeasureRoundTripNanoseconds();
                ring.Add(RingBench.Run(producers, options.Items, options.Capacity, options.Wait, options.MaxBatch) with { RoundTripNs = roundTrip });
                roundTrip = CoreToCore.MeasureRoundTripNanoseconds();
                channel.Add(ChannelBench.Run(producers, options.Items, options.Capacity) with { RoundTripNs = roundTrip });
            }
            results.Add(new ConfigurationResult(producers, ring, channel));
        }

        if (options.Json) ResultPrinter.PrintJson(Console.Out, options, results);
        else ResultPrinter.PrintSummary(Console.Out, options, results);

        var failed = results.SelectMany(r => r.Ring.Concat(r.Channel)).Where(r => r.Check.Length != 0).ToArray();
        foreach (var run in failed)
            Console.Error.WriteLine($"error: {run.Transport} with {run.Producers} producer(s): {run.Check}");
        return failed.Length == 0 ? 0 : 1;
    }

    /// <summary>
    /// Runs both transports untimed until each has had <see cref="WarmupPasses"/> passes and
    /// <see cref="WarmupTime"/>, pausing after each pass. The tiered JIT promotes a hot method (instrumented tier,
    /// then optimised tier with profile-guided inlining) only after a call count and a quiet spell of about 100 ms.
    /// With one short warm-up pass, the first timed single-producer ring run of a process once gave 12.6M items/s
    /// against 79.8-89.1M for its other four runs, on an otherwise idle machine; passes, a minimum time and pauses
    /// (as in <c>bench/Workloads</c>) are there to keep unoptimised code out of the timed runs.
    /// </summary>
    private static void WarmUp(PipelineBenchOptions options, int producers)
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        for (int pass = 0; pass < WarmupPasses || System.Diagnostics.Stopwatch.GetElapsedTime(start) < WarmupTime; pass++)
        {
            RingBench.Run(producers, options.Warmup, options.Capacity, options.Wait, options.MaxBatch);
            ChannelBench.Run(producers, options.Warmup, options.Capacity);
            Thread.Sleep(WarmupPause);
        }
    }
}
