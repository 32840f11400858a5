using System.Globalization;
using System.Numerics;
using SocialExchange.Bench.Pipeline.Running;

namespace SocialExchange.Bench.Pipeline;

/// <summary>What the command line asked for.</summary>
public sealed record PipelineBenchOptions
{
    /// <summary>Items per timed run, split evenly over the producers.</summary>
    public long Items { get; init; } = 20_000_000;

    /// <summary>Timed runs of each transport in each configuration; medians are reported.</summary>
    public int Repeat { get; init; } = 3;

    /// <summary>Slots in the ring, and the channel's capacity.</summary>
    public int Capacity { get; init; } = 1 << 16;

    /// <summary>The ring's wait strategy.</summary>
    public WaitKind Wait { get; init; } = WaitKind.Yielding;

    /// <summary>The ring consumer's batch limit: slots handled before it releases them to the producers.</summary>
    public int MaxBatch { get; init; } = int.MaxValue;

    /// <summary>Producer counts to measure, each against one consumer.</summary>
    public IReadOnlyList<int> Producers { get; init; } = [1, 3];

    /// <summary>Items per untimed warm-up pass of each transport (at least three passes and a second per configuration).</summary>
    public long Warmup { get; init; } = 2_000_000;

    /// <summary>Print one JSON object and nothing else on standard output.</summary>
    public bool Json { get; init; }

    /// <summary>The text <c>--help</c> prints.</summary>
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Pipeline -- [options]

        Sends 64-byte items from N producer threads to one consumer through the in-house ring
        (SocialExchange.Matching.Pipeline) and through a bounded System.Threading.Channels channel
        of the same capacity, in the same process, and reports items/s of each and the ratio.
        The consumer checks every item: count, checksum, and each producer's order.

        Options:
          --items N       items per timed run, split over the producers (default 20000000)
          --repeat N      timed runs of each transport per configuration; medians are
                          reported (default 3)
          --capacity N    ring slots and channel capacity, a power of two (default 65536)
          --producers L   comma-separated producer counts (default 1,3)
          --wait W        ring wait strategy: busyspin, yielding or blocking (default yielding)
          --max-batch N   ring consumer's batch limit: slots handled before they are released
                          to the producers (default: all that are available)
          --warmup N      items per untimed warm-up pass of each transport; at least 3
                          passes and 1 s per configuration (default 2000000; 0: none)
          --json          print exactly one JSON object on standard output, nothing else
          -h, --help      print this text

        Exit codes: 0 done; 1 a run lost, duplicated or reordered items; 2 bad command line.

        Example:
          dotnet run -c Release --project bench/Pipeline -- --items 20000000 --repeat 5
        """;

    /// <summary>Reads the command line: the options, or null with <paramref name="error"/> set or <paramref name="help"/> true.</summary>
    public static PipelineBenchOptions? Parse(IReadOnlyList<string> args, out string? error, out bool help)
    {
        error = null;
        help = false;
        var options = new PipelineBenchOptions();
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
            string? Value() => inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
            switch (name)
            {
                case "-h" or "--help" or "-?":
                    help = true;
                    return null;
                case "--json":
                    options = options with { Json = true };
                    break;
                case "--items":
                    if (!TryReadLong(name, Value(), 1, 10_000_000_000, out long items, out error)) return null;
                    options = options with { Items = items };
                    break;
                case "--warmup":
                    if (!TryReadLong(name, Value(), 0, 10_000_000_000, out long warmup, out error)) return null;
                    options = options with { Warmup = warmup };
                    break;
                case "--repeat":
                    if (!TryReadLong(name, Value(), 1, 1_000, out long repeat, out error)) return null;
                    options = options with { Repeat = (int)repeat };
                    break;
                case "--capacity":
                    if (!TryReadLong(name, Value(), 2, 1 << 26, out long capacity, out error)) return null;
                    if (!BitOperations.IsPow2(capacity))
                    {
                        error = $"--capacity must be a power of two, got {capacity}";
                        return null;
                    }
                    options = options with { Capacity = (int)capacity };
                    break;
                case "--max-batch":
                    if (!TryReadLong(name, Value(), 1, int.MaxValue, out long maxBatch, out error)) return null;
                    options = options with { MaxBatch = (int)maxBatch };
                    break;
                case "--producers":
                    string? list = Value();
                    var counts = new List<int>();
                    foreach (string part in (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!TryReadLong(name, part, 1, 64, out long count, out error)) return null;
                        counts.Add((int)count);
                    }
                    if (counts.Count == 0)
                    {
                        error = $"--producers needs a comma-separated list of counts from 1 to 64, got '{list ?? "nothing"}'";
                        return null;
                    }
                    options = options with { Producers = counts };
                    break;
                case "--wait":
                    string? kind = Value();
                    WaitKind? wait = kind?.ToLowerInvariant() switch
                    {
                        "busyspin" or "busy-spin" or "spin" => WaitKind.BusySpin,
                        "yielding" or "yield" => WaitKind.Yielding,
                        "blocking" or "block" => WaitKind.Blocking,
                        _ => null,
                    };
                    if (wait is null)
                    {
                        error = $"--wait must be busyspin, yielding or blocking, got '{kind ?? "nothing"}'";
                        return null;
                    }
                    options = options with { Wait = wait.Value };
                    break;
                default:
                    error = $"unknown argument '{arg}'";
                    return null;
            }
        }
        return options;
    }

    private static bool TryReadLong(string name, string? text, long min, long max, out long value, out string? error)
    {
        if (text is not null
            && long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out value)
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
