using System.Globalization;
using SocialExchange.Bench.EngineHost;
using SocialExchange.Bench.Workloads;
using SocialExchange.Bench.Workloads.Streams;

var options = HostBenchOptions.Parse(args, out string? error);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(HostBenchOptions.Usage);
    return 2;
}

var culture = CultureInfo.InvariantCulture;
// With --json, standard output carries the JSON object alone; the readable report goes to standard error.
var report = options.Json ? Console.Error : Console.Out;
report.WriteLine($"engine host end to end: workload {options.Workload}, {options.Orders:N0} commands, {options.Producers} producer(s), " +
    $"durability {options.Durability}, wait {options.Wait}, rings {options.InboundRingSize}/{options.EffectiveOutboundRingSize}, batches of at most {options.EffectiveMaxBatchSize}, rate {(options.Rate == 0 ? "unpaced" : options.Rate.ToString("N0", culture) + "/s" + (options.ProducerSleeps ? " (producer sleeps when idle)" : ""))}, " +
    $"segments {options.SegmentMegabytes} MiB {(options.Preallocate ? "preallocated" : "grown")}, market data {options.MarketData}, {Environment.ProcessorCount} cores, " +
    $"threads {(options.Placement is { } placement ? "pinned: " + placement : "placed by the scheduler")}");
var stream = WorkloadGenerator.Generate(new WorkloadOptions { Workload = options.Workload, Orders = options.Orders, Seed = WorkloadOptions.DefaultSeed(options.Workload) });
var warmUp = WorkloadGenerator.Generate(new WorkloadOptions { Workload = options.Workload, Orders = Math.Min(options.Orders, 300_000), Seed = 99 });
string directory = Path.Combine(options.Directory, Environment.ProcessId.ToString(culture));
try
{
    HostBenchRunner.Run(options, warmUp, directory); // JIT and page cache, not reported
}
catch (ArgumentException e)
{
    // Options the host refuses on this machine (a --pin CPU it does not have): the message says which.
    Console.Error.WriteLine(e.Message);
    return 2;
}

var runs = new List<HostBenchRun>();
for (int i = 0; i < options.Repeat; i++)
{
    var run = HostBenchRunner.Run(options, stream, directory);
    runs.Add(run);
    var l = run.Latency;
    report.WriteLine(string.Create(culture,
        $"run {i + 1}: {run.CommandsPerSecond,12:N0} commands/s  ack latency ns p50 {l.P50:N0} p99 {l.P99:N0} p99.9 {l.P999:N0} max {l.Max:N0}  events {run.Events:N0}  GCs {run.Collections}"));
    if (run.Threads.Count > 0) report.WriteLine($"       by thread, CPU ns per command / switches in per 1000 commands: {run.CpuPerCommand()}");
}
var sorted = runs.OrderBy(r => r.CommandsPerSecond).ToList();
var median = sorted[sorted.Count / 2];
var byP99 = runs.OrderBy(r => r.Latency.P99).ToList()[runs.Count / 2];
report.WriteLine(string.Create(culture, $"median: {median.CommandsPerSecond:N0} commands/s; median p99 ack latency {byP99.Latency.P99:N0} ns"));

RestartTimes? restart = null;
if (options.Restart && options.Durability != SocialExchange.Matching.Journaling.JournalDurability.None)
{
    restart = RestartTimer.Time(directory, stream.OrderCapacity);
    report.WriteLine(string.Create(culture,
        $"restart by full replay: {restart.ReplayedRecords:N0} records in {restart.ReplayMilliseconds:N0} ms ({restart.ReplayRecordsPerSecond:N0} records/s), total {restart.ReplayTotalMilliseconds:N0} ms"));
    report.WriteLine(string.Create(culture,
        $"restart from a snapshot at the end: {restart.SnapshotReplayedRecords:N0} records replayed, total {restart.SnapshotTotalMilliseconds:N0} ms ({restart.SnapshotBytes:N0} snapshot bytes, " +
        $"{restart.OpenOrders:N0} open orders; writing it to its file took {restart.SnapshotWriteMilliseconds:N0} ms)"));
    report.WriteLine(string.Create(culture,
        $"snapshot capture into memory, a running host's matching pause: {restart.FirstCaptureMilliseconds:N0} ms into a new buffer, {restart.CaptureMilliseconds:N0} ms into the same buffer again"));
}
if (options.Json)
    Console.WriteLine(new HostBenchReport(options, Environment.ProcessorCount, runs, median.CommandsPerSecond, byP99.Latency.P99, restart).ToJson());
if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
return 0;
