using System.Globalization;
using SocialExchange.Bench.Workloads;
using SocialExchange.Matching.Journaling;

namespace SocialExchange.Bench.EngineHost;

/// <summary>Command line of the end-to-end benchmark.</summary>
public sealed record HostBenchOptions
{
    public WorkloadKind Workload { get; init; } = WorkloadKind.A;
    public int Orders { get; init; } = 2_000_000;
    public int Producers { get; init; } = 1;
    public JournalDurability Durability { get; init; } = JournalDurability.Async;
    public int Repeat { get; init; } = 3;

    /// <summary>Offered load in commands per second over all producers; 0: as fast as the host takes them.</summary>
    public long Rate { get; init; }

    public string Wait { get; init; } = "yielding";

    /// <summary>A paced producer with nothing due sleeps 1 ms (<c>--producer-idle sleep</c>) instead of yielding.</summary>
    public bool ProducerSleeps { get; init; }

    /// <summary>Journal segment size in MiB.</summary>
    public int SegmentMegabytes { get; init; } = 64;

    /// <summary>The public market data the engine emits (order and trade events always).</summary>
    public Matching.Engine.MarketDataLevels MarketData { get; init; } = Matching.Engine.MarketDataLevels.All;

    /// <summary>Journal segments prepared as zeros ahead of need, or grown by appends (the writer's default).</summary>
    public bool Preallocate { get; init; }
    public int InboundRingSize { get; init; } = 1 << 14;

    /// <summary>The most commands the journal and matching stages take per batch (<see cref="Matching.Hosting.EngineHostOptions.MaxBatchSize"/>); 0: the host's default.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>The batch limit as the host gets it.</summary>
    public int EffectiveMaxBatchSize => MaxBatchSize > 0 ? MaxBatchSize : new Matching.Hosting.EngineHostOptions().MaxBatchSize;

    /// <summary>Outbound ring slots; 0: eight times the inbound ring's (about five events per command).</summary>
    public int OutboundRingSize { get; init; }

    /// <summary>The outbound ring's slots as the host gets them.</summary>
    public int EffectiveOutboundRingSize => OutboundRingSize > 0 ? OutboundRingSize : InboundRingSize * 8;
    public string Directory { get; init; } = Path.Combine(Path.GetTempPath(), "sx-hostbench");

    /// <summary>Where the stage threads and producers run (<c>--pin</c>); null: wherever the scheduler puts them.</summary>
    public ThreadPlacement? Placement { get; init; }

    /// <summary>After the last run, restart from its journal (full replay) and from a snapshot, and time both.</summary>
    public bool Restart { get; init; }

    /// <summary>Print one JSON object (<see cref="HostBenchReport"/>) on standard output and the readable report on standard error.</summary>
    public bool Json { get; init; }

    public const string Usage = """
        usage: dotnet run -c Release --project bench/EngineHost -- [options]
          --workload A|B|C|M      command stream of the workload harness (default A)
          --orders N              commands per run (default 2000000)
          --producers N           producer threads; each sends the commands of its share of participants (default 1)
          --durability none|async|durable   journal mode (default async)
          --rate N                offered load, commands/s over all producers; 0 = unpaced (default 0)
          --wait blocking|yielding|busyspin stage wait strategy (default yielding)
          --producer-idle yield|sleep  what a paced producer does while no command is due: yield its CPU
                                  (default), or sleep 1 ms and then publish what fell due as one burst
          --ring N                inbound ring slots, a power of two (default 16384)
          --max-batch N           the most commands the journal and matching stages take per batch (default: the
                                  host's, 4096)
          --outbound-ring N       outbound ring slots, a power of two of at least 64 (default 8 x the inbound ring)
          --segment-mb N          journal segment size in MiB (default 64)
          --preallocate on|off    journal segments prepared as zeros ahead of need, or grown by appends (default off, as the writer's)
          --market-data all|bbo|levels|none  public market data the engine emits (default all: best bid/offer,
                                  price levels and order-by-order; order and trade events are always emitted)
          --pin SPEC|two-core     pin threads to CPUs (Linux): STAGE:CPU[+CPU...] pairs separated by commas, stages
                                  journal, matching, fan-out, producer; two-core = matching:0,fan-out:0,journal:1,producer:1
                                  (default: the scheduler places them)
          --repeat N              runs; the report gives each and the median (default 3)
          --restart               then time a restart from the last run's journal, without and with a snapshot
          --dir PATH              where journals go (default: the system temp folder)
          --json                  print exactly one JSON object on standard output (settings, every run with each
                                  thread's CPU time, the medians, the restart times); the readable report goes to
                                  standard error
        """;

    public static HostBenchOptions? Parse(string[] args, out string? error)
    {
        var options = new HostBenchOptions();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            bool Number(out long value) => long.TryParse((Next() ?? "").Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out value);
            long n;
            switch (arg)
            {
                case "--workload" when Enum.TryParse<WorkloadKind>(Next(), ignoreCase: true, out var kind): options = options with { Workload = kind }; break;
                case "--orders" when Number(out n) && n is > 0 and <= int.MaxValue: options = options with { Orders = (int)n }; break;
                case "--producers" when Number(out n) && n is >= 1 and <= 64: options = options with { Producers = (int)n }; break;
                case "--durability" when Enum.TryParse<JournalDurability>(Next(), ignoreCase: true, out var mode) && Enum.IsDefined(mode): options = options with { Durability = mode }; break;
                case "--rate" when Number(out n): options = options with { Rate = n }; break;
                case "--producer-idle" when Next() is "yield" or "sleep": options = options with { ProducerSleeps = args[i] == "sleep" }; break;
                case "--wait" when Next() is "blocking" or "yielding" or "busyspin": options = options with { Wait = args[i] }; break;
                case "--ring" when Number(out n) && n >= 2 && (n & (n - 1)) == 0 && n <= 1 << 24: options = options with { InboundRingSize = (int)n }; break;
                case "--max-batch" when Number(out n) && n is >= 1 and <= int.MaxValue: options = options with { MaxBatchSize = (int)n }; break;
                case "--outbound-ring" when Number(out n) && n >= 64 && (n & (n - 1)) == 0 && n <= 1 << 24: options = options with { OutboundRingSize = (int)n }; break;
                case "--repeat" when Number(out n) && n is >= 1 and <= 100: options = options with { Repeat = (int)n }; break;
                case "--segment-mb" when Number(out n) && n is >= 1 and <= 4096: options = options with { SegmentMegabytes = (int)n }; break;
                case "--preallocate" when Next() is "on" or "off": options = options with { Preallocate = args[i] == "on" }; break;
                case "--market-data" when Next() is "all" or "bbo" or "levels" or "none":
                    options = options with { MarketData = args[i] switch
                    {
                        "bbo" => Matching.Engine.MarketDataLevels.BestBidOffer,
                        "levels" => Matching.Engine.MarketDataLevels.BestBidOffer | Matching.Engine.MarketDataLevels.PriceLevels,
                        "none" => Matching.Engine.MarketDataLevels.None,
                        _ => Matching.Engine.MarketDataLevels.All,
                    } };
                    break;
                case "--pin" when Next() is { } spec:
                    if (ThreadPlacement.Parse(spec, out error) is not { } placement) return null;
                    options = options with { Placement = placement };
                    break;
                case "--restart": options = options with { Restart = true }; break;
                case "--json": options = options with { Json = true }; break;
                case "--dir" when Next() is { Length: > 0 } dir: options = options with { Directory = dir }; break;
                default:
                    error = $"bad or incomplete option at '{arg}'";
                    return null;
            }
        }
        return options;
    }
}
