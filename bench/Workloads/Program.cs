using SocialExchange.Bench.Workloads.Reporting;
using SocialExchange.Bench.Workloads.Running;
using SocialExchange.Bench.Workloads.Streams;

namespace SocialExchange.Bench.Workloads;

/// <summary>
/// The workload harness: <c>dotnet run -c Release --project bench/Workloads -- A --orders 1000000 --seed 3</c>.
/// Exit codes: 0 done, 1 a timed run did not reproduce the warm-up or generation pass, 2 bad command line.
/// </summary>
public static class Program
{
    /// <summary>Parses the command line, generates the stream, runs it and prints the result.</summary>
    public static int Main(string[] args)
    {
        var options = WorkloadOptions.Parse(args, out string? error, out bool help);
        if (help)
        {
            Console.Out.WriteLine(WorkloadOptions.Usage);
            return 0;
        }
        if (options is null)
        {
            Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine("Run with --help for usage.");
            return 2;
        }

        // With --json, standard output carries the JSON object alone; progress goes to standard error.
        var progress = options.Json ? TextWriter.Null : Console.Error;
        progress.WriteLine($"generating workload {options.Workload}: {options.Orders:N0} messages, seed {options.Seed} ...");
        var stream = WorkloadGenerator.Generate(options);
        progress.WriteLine($"warming up and running {options.Repeat} time(s) ...");
        var runs = WorkloadRunner.Run(stream, options.Repeat, options.WarmupMessages);
        var median = WorkloadResult.MedianByThroughput(runs);

        if (options.Json) ResultPrinter.PrintJson(Console.Out, median);
        else ResultPrinter.PrintSummary(Console.Out, stream, runs, median);

        if (median.Rejections > 0)
            Console.Error.WriteLine($"warning: the engine rejected {median.Rejections} message(s), first with {median.FirstRejection}");
        var failed = runs.Where(r => r.ReplayCheck != "ok").ToArray();
        foreach (var run in failed)
            Console.Error.WriteLine($"error: run {run.Run} did not reproduce the earlier pass: {run.ReplayCheck}");
        return failed.Length == 0 ? 0 : 1;
    }
}
