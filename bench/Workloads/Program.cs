using SocialExchange.Bench.Workloads.Reporting;
using SocialExchange.Bench.Workloads.Running;
using SocialExchange.Bench.Workloads.Streams;

namespace SocialExchange.Bench.Workloads;

/// <summary>
/// The workload harness: <c>dotnet run -c Release --project bench/Workloads -- A --orders 1000000 --seed 3</c>.
/// Exit codes: 0 done, 1 a timed run did not reproduce the warm-up or generation pass or (with accounts) had a
/// rejection, 2 bad command line.
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
        var funding = options.Accounts || options.CompareAccounts ? AccountFunding.For(stream) : null;
        if (funding is not null)
            progress.WriteLine($"funding {funding.ParticipantCount:N0} accounts: cash {string.Join(", ", funding.TotalCash.Select(kv => $"{kv.Value:N0} {kv.Key} units"))}; holdings {funding.TotalUnits.Values.Sum():N0} units");

        if (options.CompareAccounts)
        {
            progress.WriteLine($"warming up and running {options.Repeat} time(s) without and with accounts, alternately ...");
            var (without, with) = WorkloadRunner.RunAlternating(stream, options.Repeat, options.WarmupMessages, funding!);
            var comparison = AccountsComparison.From(without, with);
            if (options.Json) ResultPrinter.PrintJson(Console.Out, comparison);
            else ResultPrinter.PrintComparison(Console.Out, stream, without, with, comparison);
            return Check(without.Concat(with).ToArray());
        }

        progress.WriteLine($"warming up and running {options.Repeat} time(s) ...");
        var runs = WorkloadRunner.Run(stream, options.Repeat, options.WarmupMessages, funding);
        var median = WorkloadResult.MedianByThroughput(runs);

        if (options.Json) ResultPrinter.PrintJson(Console.Out, median);
        else ResultPrinter.PrintSummary(Console.Out, stream, runs, median);
        return Check(runs);
    }

    /// <summary>
    /// The exit code, with a message on standard error for each failure: 1 when a run did not reproduce the earlier
    /// pass, or when a run with accounts had a rejection (the funding covers every order, so a rejection means the
    /// funding or the risk check is wrong, and the run did not measure the workload it claims to).
    /// </summary>
    private static int Check(IReadOnlyList<WorkloadResult> runs)
    {
        bool failed = false;
        foreach (var run in runs)
        {
            string mode = run.Accounts ? " with accounts" : "";
            if (run.ReplayCheck != "ok")
            {
                Console.Error.WriteLine($"error: run {run.Run}{mode} did not reproduce the earlier pass: {run.ReplayCheck}");
                failed = true;
            }
            if (run.Rejections == 0) continue;
            if (run.Accounts)
            {
                Console.Error.WriteLine($"error: run {run.Run} with accounts: the engine rejected {run.Rejections:N0} order(s), first with {run.FirstRejection}; every participant should have been funded for all its orders");
                failed = true;
            }
            else
            {
                Console.Error.WriteLine($"warning: run {run.Run}: the engine rejected {run.Rejections:N0} message(s), first with {run.FirstRejection}");
            }
        }
        return failed ? 1 : 0;
    }
}
