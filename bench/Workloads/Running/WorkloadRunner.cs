using System.Diagnostics;
using System.Globalization;
using SocialExchange.Bench.Workloads.Reporting;
using SocialExchange.Bench.Workloads.Streams;
using SocialExchange.Matching.Commands;

namespace SocialExchange.Bench.Workloads.Running;

/// <summary>
/// Runs a generated stream: warm-up on throwaway engines, then timed runs on fresh engines.
/// <code>
///   stream (generated, untimed)
///      |
///      +--> warm-up: whole stream on throwaway engines, >= 2 passes, >= --warmup messages, >= 1 s (tier-1 PGO code;
///      |             the first pass records trades and the state hash every run must reproduce)
///      |
///      +--> run 1..N: (1) throughput pass: fresh engine, setup messages, GC.Collect, then
///                         timestamp | CommandApplier.Apply for every message | timestamp
///                     (2) latency pass: fresh engine, setup messages, GC.Collect, then per message:
///                         timestamp | CommandApplier.Apply | timestamp -> LatencyHistogram
/// </code>
/// Two passes because reading the clock around every message costs about as much as a cheap message on this
/// machine (two vDSO calls of some 25 ns): the throughput pass measures the engine alone, the latency pass gives
/// percentiles with the timer cost included, as the targets ask. Nothing in either loop allocates: the handler is a
/// counting struct and the histogram a preallocated array; GC counts and allocated bytes cover both passes.
/// With accounts (<see cref="AccountFunding"/>), every engine, warm-up and timed, is funded the same way before its
/// setup messages, so the funding is untimed and every run still starts from the warm-up's state.
/// </summary>
public static class WorkloadRunner
{
    /// <summary>Pause after each warm-up pass so that methods queued for the next tier finish compiling.</summary>
    private static readonly TimeSpan TieringPause = TimeSpan.FromMilliseconds(250);

    /// <summary>Whole passes over the stream the warm-up makes at least.</summary>
    private const int MinimumPasses = 2;

    /// <summary>Wall time the warm-up lasts at least, pauses included.</summary>
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Warms up, then runs the stream <paramref name="repeat"/> times; one result per run. With
    /// <paramref name="funding"/> every engine keeps accounts, funded by it before the stream.
    /// </summary>
    public static IReadOnlyList<WorkloadResult> Run(WorkloadStream stream, int repeat, int warmupMessages, AccountFunding? funding = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return funding is null
            ? Run<WithoutAccountsCode>(stream, repeat, warmupMessages, null)
            : Run<WithAccountsCode>(stream, repeat, warmupMessages, funding);
    }

    private static WorkloadResult[] Run<TCopy>(WorkloadStream stream, int repeat, int warmupMessages, AccountFunding? funding)
        where TCopy : struct
    {
        var warm = WarmUp<TCopy>(stream, warmupMessages, funding);
        var histogram = new LatencyHistogram();
        var results = new WorkloadResult[repeat];
        for (int run = 0; run < repeat; run++)
            results[run] = TimedRun<TCopy>(stream, histogram, warm, run + 1, funding);
        return results;
    }

    /// <summary>
    /// Runs the stream without and with accounts (<paramref name="funding"/>) in the same process, alternating
    /// run by run, so that both see the same machine: on a shared VM the speed drifts over seconds, and a ratio of
    /// two separate processes' figures would mostly measure that drift. Both are warmed up first. The order within
    /// each pair alternates too (without first in odd runs, with first in even ones), so a drift within a pair
    /// does not always favour the same side. Each side runs its own compiled copy of the engine (see
    /// <see cref="CountingHandler{TCopy}"/>), so the JIT's profile of one does not shape the code of the other.
    /// </summary>
    public static (IReadOnlyList<WorkloadResult> Without, IReadOnlyList<WorkloadResult> With) RunAlternating(
        WorkloadStream stream, int repeat, int warmupMessages, AccountFunding funding)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(funding);
        var warmWithout = WarmUp<WithoutAccountsCode>(stream, warmupMessages, null);
        var warmWith = WarmUp<WithAccountsCode>(stream, warmupMessages, funding);
        var histogram = new LatencyHistogram();
        var without = new WorkloadResult[repeat];
        var with = new WorkloadResult[repeat];
        for (int run = 0; run < repeat; run++)
        {
            if (run % 2 == 0)
            {
                without[run] = TimedRun<WithoutAccountsCode>(stream, histogram, warmWithout, run + 1, null);
                with[run] = TimedRun<WithAccountsCode>(stream, histogram, warmWith, run + 1, funding);
            }
            else
            {
                with[run] = TimedRun<WithAccountsCode>(stream, histogram, warmWith, run + 1, funding);
                without[run] = TimedRun<WithoutAccountsCode>(stream, histogram, warmWithout, run + 1, null);
            }
        }
        return (without, with);
    }

    private static (int Gen0, int Gen1, int Gen2) CollectionCounts() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    /// <summary>Adds the collections of each generation since <paramref name="before"/> (a gen-2 collection counts in all three).</summary>
    private static void AddCollectionsSince((int Gen0, int Gen1, int Gen2) before, ref int gen0, ref int gen1, ref int gen2)
    {
        gen0 += GC.CollectionCount(0) - before.Gen0;
        gen1 += GC.CollectionCount(1) - before.Gen1;
        gen2 += GC.CollectionCount(2) - before.Gen2;
    }

    /// <summary>Full blocking collections, so garbage of earlier passes is not collected inside a timed loop.</summary>
    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static WarmUpOutcome WarmUp<TCopy>(WorkloadStream stream, int minimumMessages, AccountFunding? funding)
        where TCopy : struct
    {
        var commands = stream.Commands;
        var engine = WorkloadEngine.ForStream(stream, new CountingHandler<TCopy>(), funding);
        engine.Handler = default;
        long tradingMessages = 0;
        for (int i = 0; i < commands.Length; i++)
        {
            long tradesBefore = engine.Handler.Trades;
            CommandApplier.Apply(engine, in commands[i]);
            if (engine.Handler.Trades != tradesBefore) tradingMessages++;
        }
        long trades = engine.Handler.Trades;
        ulong hash = engine.StateHash();
        long messages = commands.Length;
        int passes = 1;
        long started = Stopwatch.GetTimestamp();
        Thread.Sleep(TieringPause);

        // Tiering goes through stages (tier 0, instrumented, tier 1), each needing calls and then time for the
        // background compiler, so a count of messages alone is not enough: a fast stream can finish its warm-up
        // before tier-1 code is installed and leave the first timed run slow. Hence also at least MinimumPasses
        // passes, each followed by a pause, and MinimumWarmUp of wall time.
        while (commands.Length > 0
               && (messages < minimumMessages || passes < MinimumPasses || Stopwatch.GetElapsedTime(started) < MinimumWarmUp))
        {
            // A stream can run only once per engine (client order ids stay taken), so every pass takes a new engine.
            var again = WorkloadEngine.ForStream(stream, new CountingHandler<TCopy>(), funding);
            for (int i = 0; i < commands.Length; i++)
                CommandApplier.Apply(again, in commands[i]);
            messages += commands.Length;
            passes++;
            Thread.Sleep(TieringPause);
        }
        return new WarmUpOutcome(tradingMessages, trades, hash, messages);
    }

    private static WorkloadResult TimedRun<TCopy>(WorkloadStream stream, LatencyHistogram histogram, WarmUpOutcome warm, int run, AccountFunding? funding)
        where TCopy : struct
    {
        var commands = stream.Commands;
        histogram.Reset();
        int gen0 = 0, gen1 = 0, gen2 = 0;
        long allocated = 0;

        // (1) Throughput: the engine alone.
        var engine = WorkloadEngine.ForStream(stream, new CountingHandler<TCopy>(), funding);
        engine.Handler = default; // events of the listing, funding and setup are not part of the run
        Collect();
        var collections = CollectionCounts();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < commands.Length; i++)
            CommandApplier.Apply(engine, in commands[i]);
        long end = Stopwatch.GetTimestamp();
        allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        AddCollectionsSince(collections, ref gen0, ref gen1, ref gen2);
        var counts = engine.Handler;
        ulong hash = engine.StateHash();
        int openOrders = engine.OpenOrderCount;
        engine = null;

        // (2) Latency: every message timed on its own, timer cost included.
        var timedEngine = WorkloadEngine.ForStream(stream, new CountingHandler<TCopy>(), funding);
        timedEngine.Handler = default;
        Collect();
        collections = CollectionCounts();
        allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long latencyStart = Stopwatch.GetTimestamp();
        for (int i = 0; i < commands.Length; i++)
        {
            long before = Stopwatch.GetTimestamp();
            CommandApplier.Apply(timedEngine, in commands[i]);
            histogram.Record(Stopwatch.GetTimestamp() - before);
        }
        long latencyEnd = Stopwatch.GetTimestamp();
        allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        AddCollectionsSince(collections, ref gen0, ref gen1, ref gen2);
        if (timedEngine.StateHash() != hash)
            throw new InvalidOperationException("the latency pass ended in another state than the throughput pass: the engine is not deterministic");

        double seconds = (end - start) / (double)Stopwatch.Frequency;
        double latencySeconds = (latencyEnd - latencyStart) / (double)Stopwatch.Frequency;
        return new WorkloadResult
        {
            Workload = stream.Kind.ToString(),
            Description = stream.Description,
            Orders = commands.Length,
            Seed = stream.Seed,
            Instruments = stream.Instruments.Count,
            Accounts = funding is not null,
            Run = run,
            Seconds = Math.Round(seconds, 6),
            OpsPerSec = seconds > 0 ? Math.Round(commands.Length / seconds) : 0,
            Places = stream.CountOf(CommandKind.PlaceOrder),
            Cancels = stream.CountOf(CommandKind.CancelOrder),
            Amends = stream.CountOf(CommandKind.AmendOrder),
            Trades = counts.Trades,
            TradingMessages = warm.TradingMessages,
            TradeShare = commands.Length == 0 ? 0 : Math.Round((double)warm.TradingMessages / commands.Length, 6),
            Events = counts.Total,
            EventsByKind = counts.ByKind(),
            Rejections = counts.Rejected,
            FirstRejection = counts.Rejected > 0 ? counts.FirstRejection.ToString() : null,
            OpenOrdersEnd = openOrders,
            LatencyPassOpsPerSec = latencySeconds > 0 ? Math.Round(commands.Length / latencySeconds) : 0,
            StateHash = hash.ToString("x16", CultureInfo.InvariantCulture),
            ReplayCheck = ReplayCheck(stream, warm, counts.Trades, hash, accounts: funding is not null),
            LatencyNs = LatencySummary.From(histogram),
            GcCollections = gen0 + gen1 + gen2,
            GcGen0 = gen0,
            GcGen1 = gen1,
            GcGen2 = gen2,
            AllocatedBytes = allocated,
            WarmupMessages = warm.Messages,
            Generator = stream.GeneratorStats,
        };
    }

    /// <summary>
    /// Deterministic engine, same messages: the timed run must end where the warm-up and generation passes did. The
    /// generation pass keeps no accounts and the state hash covers them, so with <paramref name="accounts"/> only its
    /// trade count is compared (the warm-up, funded alike, still gives the hash).
    /// </summary>
    private static string ReplayCheck(WorkloadStream stream, WarmUpOutcome warm, long trades, ulong hash, bool accounts)
    {
        var problems = new List<string>();
        if (hash != warm.StateHash) problems.Add($"state hash {hash:x16} differs from the warm-up's {warm.StateHash:x16}");
        if (trades != warm.Trades) problems.Add($"{trades} trades where the warm-up saw {warm.Trades}");
        if (!accounts && stream.GenerationStateHash is { } generated && generated != hash)
            problems.Add($"state hash {hash:x16} differs from the generation pass's {generated:x16}");
        if (stream.GenerationTrades is { } generatedTrades && generatedTrades != trades)
            problems.Add($"{trades} trades where the generation pass saw {generatedTrades}");
        return problems.Count == 0 ? "ok" : string.Join("; ", problems);
    }
}
