using System.Text.Json.Serialization;

namespace SocialExchange.Bench.Workloads.Reporting;

/// <summary>
/// What <c>--compare-accounts</c> measured: the same stream without and with accounts, run alternately in one
/// process, and the ratio of the medians. The JSON object <c>--compare-accounts --json</c> prints; each side's
/// median run is included in full.
/// </summary>
public sealed record AccountsComparison
{
    [JsonPropertyName("workload")] public required string Workload { get; init; }
    [JsonPropertyName("orders")] public required int Orders { get; init; }
    [JsonPropertyName("seed")] public required ulong Seed { get; init; }
    [JsonPropertyName("repeat")] public required int Repeat { get; init; }

    /// <summary>Median ops/s of the runs without accounts.</summary>
    [JsonPropertyName("without_accounts_ops_per_sec")] public required double WithoutAccountsOpsPerSec { get; init; }

    /// <summary>Median ops/s of the runs with accounts and pre-trade risk checks.</summary>
    [JsonPropertyName("with_accounts_ops_per_sec")] public required double WithAccountsOpsPerSec { get; init; }

    /// <summary>With over without, of the medians: the issue asks for at least 0.75 on workload A.</summary>
    [JsonPropertyName("ratio")] public required double Ratio { get; init; }

    /// <summary>With over without for each pair of runs made back to back, in run order; shows how much the ratio moves.</summary>
    [JsonPropertyName("pair_ratios")] public required IReadOnlyList<double> PairRatios { get; init; }

    /// <summary>The median run without accounts, every run's ops/s in its <c>runs_ops_per_sec</c>.</summary>
    [JsonPropertyName("without_accounts")] public required WorkloadResult WithoutAccounts { get; init; }

    /// <summary>The median run with accounts.</summary>
    [JsonPropertyName("with_accounts")] public required WorkloadResult WithAccounts { get; init; }

    /// <summary>Compares the runs of both sides (same count, pair i made back to back).</summary>
    public static AccountsComparison From(IReadOnlyList<WorkloadResult> without, IReadOnlyList<WorkloadResult> with)
    {
        ArgumentNullException.ThrowIfNull(without);
        ArgumentNullException.ThrowIfNull(with);
        var medianWithout = WorkloadResult.MedianByThroughput(without);
        var medianWith = WorkloadResult.MedianByThroughput(with);
        return new AccountsComparison
        {
            Workload = medianWith.Workload,
            Orders = medianWith.Orders,
            Seed = medianWith.Seed,
            Repeat = with.Count,
            WithoutAccountsOpsPerSec = medianWithout.OpsPerSec,
            WithAccountsOpsPerSec = medianWith.OpsPerSec,
            Ratio = RatioOf(medianWith.OpsPerSec, medianWithout.OpsPerSec),
            PairRatios = with.Zip(without, (w, wo) => RatioOf(w.OpsPerSec, wo.OpsPerSec)).ToArray(),
            WithoutAccounts = medianWithout,
            WithAccounts = medianWith,
        };
    }

    private static double RatioOf(double with, double without) => without > 0 ? Math.Round(with / without, 4) : 0;
}
