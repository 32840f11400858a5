using System.Globalization;

namespace SocialExchange.Bench.Workloads;

/// <summary>What the command line asked for: which workload, how big, which seed, how often, and how to print.</summary>
public sealed record WorkloadOptions
{
    /// <summary>The workload to run.</summary>
    public required WorkloadKind Workload { get; init; }

    /// <summary>Messages in the timed stream (orders, cancels and amends together).</summary>
    public int Orders { get; init; } = 1_000_000;

    /// <summary>Initial state of the SplitMix64 generator that draws the stream.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Timed runs, each on a fresh engine with the same stream; the median by throughput is reported.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Messages processed by throwaway engines before timing, at least one whole stream.</summary>
    public int WarmupMessages { get; init; } = 200_000;

    /// <summary>Print one JSON object and nothing else on standard output.</summary>
    public bool Json { get; init; }

    /// <summary>
    /// The engine keeps accounts: every participant gets an open, funded account before the stream (untimed), and
    /// every order passes pre-trade risk checks.
    /// </summary>
    public bool Accounts { get; init; }

    /// <summary>Run the workload without and with accounts, alternately in the same process, and report the ratio.</summary>
    public bool CompareAccounts { get; init; }

    /// <summary>The seed each workload uses unless told otherwise (A and B's seeds are fixed by the issue).</summary>
    public static ulong DefaultSeed(WorkloadKind kind) => kind switch
    {
        WorkloadKind.A => 3,
        WorkloadKind.B => 42,
        WorkloadKind.C => 11,
        WorkloadKind.M => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The text <c>--help</c> prints.</summary>
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Workloads -- <workload> [options]

        Runs a generated command stream through the matching engine and reports throughput,
        per-message latency percentiles, trades, garbage collections and allocated bytes.

        Workloads:
          A   insert-heavy: alternating buy/sell GTC limits around 1886, the book grows (default seed 3)
          B   bounded book: limits and 6% market IOCs around 28000; once 100,000 orders rest,
              each message cancels the oldest resting order instead (default seed 42)
          C   amend-heavy (exchange-core mix): ~1,000 resting orders on ~750 levels; 9% GTC, 3% IOC,
              6% cancel, 82% amend (price move), ~6% of messages trade (default seed 11)
          M   workload A's stream dealt round-robin over 100 instruments (default seed 3)

        Options:
          --orders N    messages in the timed stream (default 1000000)
          --seed S      seed of the SplitMix64 stream generator (default: per workload, above)
          --repeat N    timed runs, each on a fresh engine with the same stream; reports the
                        median run by ops/s (default 1)
          --warmup N    messages run through throwaway engines before timing, at least one
                        whole stream (default 200000)
          --json        print exactly one JSON object on standard output, nothing else
          --accounts    the engine keeps accounts with pre-trade risk checks; every participant
                        gets an open account with cash and holdings for all its orders
                        (untimed setup); any rejection fails the run (exit code 1)
          --compare-accounts
                        run without and with --accounts alternately in this process, --repeat
                        runs each, and report both medians and the ratio with/without
          -h, --help    print this text

        Example:
          dotnet run -c Release --project bench/Workloads -- A --orders 1000000 --seed 3 --json
        """;

    /// <summary>
    /// Reads the command line. Returns the options, or null with <paramref name="error"/> set (a message for the
    /// user) or with <paramref name="help"/> true.
    /// </summary>
    public static WorkloadOptions? Parse(IReadOnlyList<string> args, out string? error, out bool help)
    {
        error = null;
        help = false;
        WorkloadKind? workload = null;
        int orders = 1_000_000, repeat = 1, warmup = 200_000;
        ulong? seed = null;
        bool json = false, accounts = false, compareAccounts = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string name = arg;
            string? inlineValue = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                inlineValue = arg[(equals + 1)..];
            }
            switch (name)
            {
                case "-h" or "--help" or "-?":
                    help = true;
                    return null;
                case "--json":
                    json = true;
                    break;
                case "--accounts":
                    accounts = true;
                    break;
                case "--compare-accounts":
                    compareAccounts = true;
                    break;
                case "--orders":
                    if (!TryReadInt(name, inlineValue, args, ref i, 1, 100_000_000, out orders, out error)) return null;
                    break;
                case "--repeat":
                    if (!TryReadInt(name, inlineValue, args, ref i, 1, 1_000, out repeat, out error)) return null;
                    break;
                case "--warmup":
                    if (!TryReadInt(name, inlineValue, args, ref i, 0, 100_000_000, out warmup, out error)) return null;
                    break;
                case "--seed":
                    string? text = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
                    if (text is null || !ulong.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out ulong s))
                    {
                        error = $"--seed needs a non-negative integer, got '{text ?? "nothing"}'";
                        return null;
                    }
                    seed = s;
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        error = $"unknown option '{arg}'";
                        return null;
                    }
                    if (workload is not null)
                    {
                        error = $"unexpected argument '{arg}': the workload is already {workload}";
                        return null;
                    }
                    if (arg.Length != 1 || !char.IsAsciiLetter(arg[0]) || !Enum.TryParse<WorkloadKind>(arg, ignoreCase: true, out var kind))
                    {
                        error = $"unknown workload '{arg}': choose A, B, C or M";
                        return null;
                    }
                    workload = kind;
                    break;
            }
        }
        if (workload is null)
        {
            error = "no workload given: choose A, B, C or M";
            return null;
        }
        if (accounts && compareAccounts)
        {
            error = "--compare-accounts runs with and without accounts itself: leave out --accounts";
            return null;
        }
        return new WorkloadOptions
        {
            Workload = workload.Value,
            Orders = orders,
            Seed = seed ?? DefaultSeed(workload.Value),
            Repeat = repeat,
            WarmupMessages = warmup,
            Json = json,
            Accounts = accounts,
            CompareAccounts = compareAccounts,
        };
    }

    private static bool TryReadInt(string name, string? inlineValue, IReadOnlyList<string> args, ref int i, int min, int max, out int value, out string? error)
    {
        string? text = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
        if (text is not null
            && int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value >= min && value <= max)
        {
            error = null;
            return true;
        }
        value = 0;
        error = $"{name} needs an integer from {min} to {max}, got '{text ?? "nothing"}'";
        return false;
    }
}
