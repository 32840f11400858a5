using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialExchange.Bench.Pipeline.Running;

namespace SocialExchange.Bench.Pipeline.Reporting;

/// <summary>Prints the results: a table for people, or one JSON object for scripts.</summary>
internal static class ResultPrinter
{
    /// <summary>A table per configuration: every run, then the medians and the ratio.</summary>
    public static void PrintSummary(TextWriter output, PipelineBenchOptions options, IReadOnlyList<ConfigurationResult> results)
    {
        Line(output, $"Ring vs bounded channel: {options.Items:N0} items of {System.Runtime.CompilerServices.Unsafe.SizeOf<BenchItem>()} bytes per run, capacity {options.Capacity:N0}, ring wait {options.Wait}, {options.Repeat} run(s), {Environment.ProcessorCount} logical processor(s)");
        foreach (var result in results)
        {
            output.WriteLine();
            Line(output, $"{result.Producers} producer(s) -> 1 consumer");
            output.WriteLine("  run  transport        items/s   seconds   allocated B  GCs  mean batch  full waits  others CPU  own CPU  round trip ns  check");
            for (int run = 0; run < result.Ring.Count; run++)
            {
                foreach (var r in new[] { result.Ring[run], result.Channel[run] })
                    Line(output, $"  {run + 1,3}  {r.Transport,-9} {r.ItemsPerSecond,14:N0} {r.Seconds,9:F3} {r.AllocatedBytes,13:N0} {r.GcCollections,4} {(r.Batches == 0 ? "-" : (r.Items / (double)r.Batches).ToString("F1", CultureInfo.InvariantCulture)),11} {(r.Transport == "ring" ? r.FullWaits.ToString("N0", CultureInfo.InvariantCulture) : "-"),11} {Percent(r.OthersCpuShare),11} {Percent(r.OwnCpuShare),8} {(double.IsNaN(r.RoundTripNs) ? "?" : r.RoundTripNs.ToString("F0", CultureInfo.InvariantCulture)),14}  {(r.Check.Length == 0 ? "ok" : r.Check)}");
            }
            Line(output, $"  median: ring {result.RingMedian:N0} items/s, channel {result.ChannelMedian:N0} items/s, ring/channel {result.Ratio:F2}x");
        }
    }

    /// <summary>Everything as one JSON object on one line.</summary>
    public static void PrintJson(TextWriter output, PipelineBenchOptions options, IReadOnlyList<ConfigurationResult> results)
    {
        var configurations = new JsonArray();
        foreach (var result in results)
        {
            configurations.Add(new JsonObject
            {
                ["producers"] = result.Producers,
                ["ring_items_per_sec"] = Math.Round(result.RingMedian),
                ["channel_items_per_sec"] = Math.Round(result.ChannelMedian),
                ["ratio"] = Math.Round(result.Ratio, 3),
                ["ring_runs"] = Runs(result.Ring),
                ["channel_runs"] = Runs(result.Channel),
            });
        }
        var root = new JsonObject
        {
            ["items"] = options.Items,
            ["item_bytes"] = System.Runtime.CompilerServices.Unsafe.SizeOf<BenchItem>(),
            ["capacity"] = options.Capacity,
            ["ring_wait"] = options.Wait.ToString(),
            ["repeat"] = options.Repeat,
            ["warmup_items"] = options.Warmup,
            ["processor_count"] = Environment.ProcessorCount,
            ["configurations"] = configurations,
        };
        output.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }

    private static JsonArray Runs(IReadOnlyList<RunResult> runs)
    {
        var array = new JsonArray();
        foreach (var r in runs)
        {
            array.Add(new JsonObject
            {
                ["items_per_sec"] = Math.Round(r.ItemsPerSecond),
                ["seconds"] = Math.Round(r.Seconds, 6),
                ["allocated_bytes"] = r.AllocatedBytes,
                ["gc_collections"] = r.GcCollections,
                ["others_cpu_share"] = double.IsNaN(r.OthersCpuShare) ? null : Math.Round(r.OthersCpuShare, 3),
                ["round_trip_ns"] = double.IsNaN(r.RoundTripNs) ? null : Math.Round(r.RoundTripNs, 1),
                ["own_cpu_share"] = double.IsNaN(r.OwnCpuShare) ? null : Math.Round(r.OwnCpuShare, 3),
                ["batches"] = r.Transport == "ring" ? r.Batches : null,
                ["full_waits"] = r.Transport == "ring" ? r.FullWaits : null,
                ["check"] = r.Check.Length == 0 ? "ok" : r.Check,
            });
        }
        return array;
    }

    private static string Percent(double share) => double.IsNaN(share) ? "?" : share.ToString("P0", CultureInfo.InvariantCulture);

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
