using System.Text.Json.Serialization;

namespace SocialExchange.Bench.Workloads.Reporting;

/// <summary>
/// What one timed run measured, and the JSON object <c>--json</c> prints (for the median run, with every run's
/// throughput in <see cref="RunsOpsPerSec"/>). Field names are the JSON contract documented in bench/README.md.
/// </summary>
public sealed record WorkloadResult
{
    [JsonPropertyName("workload")] public required string Workload { get; init; }
    [JsonPropertyName("description")] public required string Description { get; init; }

    /// <summary>Timed messages (places, cancels and amends).</summary>
    [JsonPropertyName("orders")] public required int Orders { get; init; }
    [JsonPropertyName("seed")] public required ulong Seed { get; init; }
    [JsonPropertyName("instruments")] public required int Instruments { get; init; }

    /// <summary>Whether the engine kept accounts and checked every order against them (<c>--accounts</c>).</summary>
    [JsonPropertyName("accounts")] public required bool Accounts { get; init; }

    /// <summary>Which run this is, from 1.</summary>
    [JsonPropertyName("run")] public required int Run { get; init; }
    [JsonPropertyName("repeat")] public int Repeat { get; init; } = 1;

    /// <summary>Wall time of the timed loop, per-message timestamps included.</summary>
    [JsonPropertyName("seconds")] public required double Seconds { get; init; }
    [JsonPropertyName("ops_per_sec")] public required double OpsPerSec { get; init; }

    [JsonPropertyName("places")] public required int Places { get; init; }
    [JsonPropertyName("cancels")] public required int Cancels { get; init; }
    [JsonPropertyName("amends")] public required int Amends { get; init; }

    /// <summary>TradeExecuted events: one per match of an incoming order with one resting order.</summary>
    [JsonPropertyName("trades")] public required long Trades { get; init; }

    /// <summary>Messages that caused at least one trade, and their share of all messages.</summary>
    [JsonPropertyName("trading_messages")] public required long TradingMessages { get; init; }
    [JsonPropertyName("trade_share")] public required double TradeShare { get; init; }

    /// <summary>Every event the engine emitted during the timed part, and the same by kind.</summary>
    [JsonPropertyName("events")] public required long Events { get; init; }
    [JsonPropertyName("events_by_kind")] public required IReadOnlyDictionary<string, long> EventsByKind { get; init; }

    /// <summary>OrderRejected events; a workload should cause none.</summary>
    [JsonPropertyName("rejections")] public required long Rejections { get; init; }
    [JsonPropertyName("first_rejection")] public string? FirstRejection { get; init; }

    [JsonPropertyName("open_orders_end")] public required int OpenOrdersEnd { get; init; }

    /// <summary>Throughput of the latency pass, where every message is timed on its own (timer cost included).</summary>
    [JsonPropertyName("latency_pass_ops_per_sec")] public required double LatencyPassOpsPerSec { get; init; }
    [JsonPropertyName("state_hash")] public required string StateHash { get; init; }

    /// <summary>"ok" when this run ended in the same state and with the same trades as the warm-up (and generation) pass.</summary>
    [JsonPropertyName("replay_check")] public required string ReplayCheck { get; init; }

    [JsonPropertyName("latency_ns")] public required LatencySummary LatencyNs { get; init; }

    /// <summary>Sum of GC.CollectionCount(0), (1) and (2) deltas over the timed part (a gen1 collection counts in gen0 too).</summary>
    [JsonPropertyName("gc_collections")] public required int GcCollections { get; init; }
    [JsonPropertyName("gc_gen0")] public required int GcGen0 { get; init; }
    [JsonPropertyName("gc_gen1")] public required int GcGen1 { get; init; }
    [JsonPropertyName("gc_gen2")] public required int GcGen2 { get; init; }

    /// <summary>GC.GetAllocatedBytesForCurrentThread() delta over the timed part.</summary>
    [JsonPropertyName("allocated_bytes")] public required long AllocatedBytes { get; init; }

    [JsonPropertyName("warmup_messages")] public required long WarmupMessages { get; init; }

    /// <summary>Throughput of every run, in run order.</summary>
    [JsonPropertyName("runs_ops_per_sec")] public IReadOnlyList<double> RunsOpsPerSec { get; init; } = [];

    /// <summary>What the generator measured while drawing the stream.</summary>
    [JsonPropertyName("generator")] public IReadOnlyDictionary<string, double> Generator { get; init; } = new Dictionary<string, double>();

    /// <summary>The median run by throughput (the upper median for an even count), carrying every run's throughput.</summary>
    public static WorkloadResult MedianByThroughput(IReadOnlyList<WorkloadResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0) throw new ArgumentException("no runs", nameof(runs));
        var sorted = runs.OrderBy(r => r.OpsPerSec).ToArray();
        return sorted[sorted.Length / 2] with { Repeat = runs.Count, RunsOpsPerSec = runs.Select(r => r.OpsPerSec).ToArray() };
    }
}
