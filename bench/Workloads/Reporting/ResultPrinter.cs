using System.Globalization;
using System.Text.Json;
using SocialExchange.Bench.Workloads.Streams;

namespace SocialExchange.Bench.Workloads.Reporting;

/// <summary>Prints results: a summary for people, or one JSON object for scripts.</summary>
public static class ResultPrinter
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    /// <summary>The median run as one JSON object on one line.</summary>
    public static void PrintJson(TextWriter output, WorkloadResult median)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(median, JsonOptions));
    }

    /// <summary>The comparison of <c>--compare-accounts</c> as one JSON object on one line.</summary>
    public static void PrintJson(TextWriter output, AccountsComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(comparison, JsonOptions));
    }

    /// <summary>Both sides of <c>--compare-accounts</c> in full, then the medians and their ratio.</summary>
    public static void PrintComparison(TextWriter output, WorkloadStream stream, IReadOnlyList<WorkloadResult> without, IReadOnlyList<WorkloadResult> with, AccountsComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(comparison);
        output.WriteLine("=== without accounts ===");
        PrintSummary(output, stream, without, comparison.WithoutAccounts);
        output.WriteLine();
        output.WriteLine("=== with accounts (pre-trade risk) ===");
        PrintSummary(output, stream, with, comparison.WithAccounts);
        output.WriteLine();
        Line(output, $"Accounts comparison, workload {comparison.Workload}, {comparison.Repeat} alternating run(s) each:");
        Line(output, $"  without accounts  {comparison.WithoutAccountsOpsPerSec,14:N0} ops/s (median)");
        Line(output, $"  with accounts     {comparison.WithAccountsOpsPerSec,14:N0} ops/s (median)");
        Line(output, $"  ratio with/without {comparison.Ratio:F4} (pairs: {string.Join(" ", comparison.PairRatios.Select(r => r.ToString("F3", CultureInfo.InvariantCulture)))})");
    }

    /// <summary>A readable summary: the stream, every run, then the median run in detail.</summary>
    public static void PrintSummary(TextWriter output, WorkloadStream stream, IReadOnlyList<WorkloadResult> runs, WorkloadResult median)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(median);
        Line(output, $"Workload {median.Workload}: {median.Description}");
        Line(output, $"  stream      {median.Orders:N0} messages: {median.Places:N0} places, {median.Cancels:N0} cancels, {median.Amends:N0} amends; seed {median.Seed}; {median.Instruments} instrument(s); {stream.Setup.Length:N0} untimed setup messages");
        Line(output, $"  warm-up     {median.WarmupMessages:N0} messages on throwaway engines");
        Line(output, $"  accounts    {(median.Accounts ? "on: every participant funded (untimed), every order risk-checked" : "off")}");
        if (median.Generator.Count > 0)
            Line(output, $"  generator   {string.Join(", ", median.Generator.Select(kv => $"{kv.Key} {Format(kv.Value)}"))}");
        output.WriteLine();
        output.WriteLine("  run   seconds        ops/s    p50    p90    p99  p99.9 p99.99       max (ns)  GCs   allocated B");
        foreach (var r in runs)
        {
            var l = r.LatencyNs;
            Line(output, $"  {r.Run,3} {r.Seconds,9:F3} {r.OpsPerSec,12:N0} {l.P50,6} {l.P90,6} {l.P99,6} {l.P999,6} {l.P9999,6} {l.Max,14:N0} {r.GcCollections,4} {r.AllocatedBytes,13:N0}");
        }
        output.WriteLine();
        Line(output, $"Median run by ops/s: run {median.Run} of {runs.Count}");
        Line(output, $"  throughput  {median.OpsPerSec:N0} messages/s ({median.Seconds:F3} s, engine alone); {median.LatencyPassOpsPerSec:N0} messages/s with every message timed");
        var m = median.LatencyNs;
        Line(output, $"  latency ns  p50 {m.P50:N0}  p90 {m.P90:N0}  p99 {m.P99:N0}  p99.9 {m.P999:N0}  p99.99 {m.P9999:N0}  max {m.Max:N0}  mean {m.Mean:N1}");
        Line(output, $"  trades      {median.Trades:N0}; messages that traded {median.TradingMessages:N0} ({median.TradeShare:P2})");
        Line(output, $"  events      {median.Events:N0}: {string.Join(", ", median.EventsByKind.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value:N0}"))}");
        Line(output, $"  rejections  {median.Rejections:N0}{(median.FirstRejection is null ? "" : $" (first: {median.FirstRejection})")}");
        Line(output, $"  memory      {median.GcCollections} GC collections (gen0 {median.GcGen0}, gen1 {median.GcGen1}, gen2 {median.GcGen2}); {median.AllocatedBytes:N0} bytes allocated");
        Line(output, $"  end state   {median.OpenOrdersEnd:N0} open orders; state hash {median.StateHash}; replay check: {median.ReplayCheck}");
    }

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    private static string Format(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? value.ToString("N0", CultureInfo.InvariantCulture)
            : Math.Abs(value) < 1 ? value.ToString("P2", CultureInfo.InvariantCulture) : value.ToString("N1", CultureInfo.InvariantCulture);
}
