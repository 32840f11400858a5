using System.Diagnostics;
using SocialExchange.Bench.Workloads.Reporting;
using SocialExchange.Bench.Workloads.Streams;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// Runs a workload stream through a real <see cref="Matching.Hosting.EngineHost"/>:
/// <code>
///   producer threads ──TryPublish──▶ inbound ring ──▶ sequencer ──▶ journal ∥ matching ──▶ outbound ring ──▶ fan-out
///   (each sends the commands of its participants, in stream order)          acknowledgement ──▶ AcknowledgementClock
/// </code>
/// Throughput is commands over the time from the first publish to the last acknowledgement; latency is publish
/// to acknowledgement of every command.
/// </summary>
public static class HostBenchRunner
{
    public static EngineHostOptions HostOptions(HostBenchOptions options, WorkloadStream stream, string directory, IOutboundSink sink)
    {
        var host = new EngineHostOptions
        {
            Engine = new EngineOptions { InitialOrderCapacity = stream.OrderCapacity, MarketData = options.MarketData },
            JournalDirectory = options.Durability == JournalDurability.None ? null : Path.Combine(directory, "journal"),
            Journal = new JournalWriterOptions { Durability = options.Durability, BufferSize = 4 << 20, SegmentSize = (long)options.SegmentMegabytes << 20, PreallocateSegments = options.Preallocate },
            SnapshotDirectory = options.Durability == JournalDurability.None ? null : Path.Combine(directory, "snapshots"),
            SnapshotOnStop = false,
            Instruments = stream.Instruments,
            TimeAdvanceInterval = null,
            InboundRingSize = options.InboundRingSize,
            OutboundRingSize = options.EffectiveOutboundRingSize,
            WaitStrategy = options.Wait switch
            {
                "busyspin" => () => new BusySpinWaitStrategy(),
                "blocking" => () => new BlockingWaitStrategy(),
                _ => () => new YieldingWaitStrategy(),
            },
            Sinks = [sink],
            Affinity = options.Placement?.Stages,
        };
        return options.MaxBatchSize > 0 ? host with { MaxBatchSize = options.MaxBatchSize } : host;
    }

    public static HostBenchRun Run(HostBenchOptions options, WorkloadStream stream, string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        var clock = new AcknowledgementClock();
        using var host = Matching.Hosting.EngineHost.Start(HostOptions(options, stream, directory, clock));
        foreach (var spec in stream.Instruments) Expect(host.SubmitAsync(EngineCommand.From(new SetPhase(0, spec.Id, TradingPhase.Continuous))));
        foreach (var command in stream.Setup) Expect(host.SubmitAsync(ToEngineCommand(command)));
        clock.Latency.Reset();
        long expectedLast = host.Health.Published + stream.Commands.Length;

        var shares = Enumerable.Range(0, options.Producers)
            .Select(p => stream.Commands.Where(c => c.Participant % options.Producers == p).Select(ToEngineCommand).ToArray())
            .ToArray();
        int collectionsBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        using var go = new ManualResetEventSlim();
        var producersCpu = new ThreadSchedule[shares.Length];
        var producers = shares.Select((share, p) => new Thread(() =>
        {
            if (options.Placement?.Producers is { } cpus) ThreadAffinity.PinCurrentThread(cpus);
            producersCpu[p] = Produce(host, share, options.Rate / options.Producers, options.ProducerSleeps, go);
        }) { Name = "producer" }).ToList();
        producers.ForEach(p => p.Start());
        var cpuBefore = ThreadCpuTimes.Read();
        long started = Stopwatch.GetTimestamp();
        go.Set();
        producers.ForEach(p => p.Join());
        var spin = new SpinWait();
        while (Volatile.Read(ref clock.LastAcknowledged) < expectedLast)
        {
            if (host.Status != HostStatus.Running) throw new InvalidOperationException("host failed: " + host.Health);
            spin.SpinOnce(sleep1Threshold: -1);
        }
        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = ThreadCpuTimes.Between(cpuBefore, ThreadCpuTimes.Read());
        if (producersCpu.Any(p => p.OnCpuNanoseconds > 0)) cpu["producer"] = producersCpu.Aggregate((a, b) => a + b);
        int collections = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - collectionsBefore;
        host.Stop();
        return new HostBenchRun(stream.Commands.Length, seconds, LatencySummary.From(clock.Latency), clock.Events, collections, cpu);
    }

    /// <summary>Publishes in batches of up to <see cref="Batch"/> (fewer when paced: only what is due); returns what the scheduler recorded for the thread meanwhile.</summary>
    private static ThreadSchedule Produce(Matching.Hosting.EngineHost host, EngineCommand[] commands, long ratePerProducer, bool sleepWhenIdle, ManualResetEventSlim go)
    {
        go.Wait();
        var cpuBefore = ThreadCpuTimes.OfCurrentThread();
        long start = Stopwatch.GetTimestamp();
        double ticksPerCommand = ratePerProducer > 0 ? (double)Stopwatch.Frequency / ratePerProducer : 0;
        var spin = new SpinWait();
        int next = 0;
        while (next < commands.Length)
        {
            int count = Math.Min(Batch, commands.Length - next);
            if (ticksPerCommand > 0)
            {
                long due = (long)((Stopwatch.GetTimestamp() - start) / ticksPerCommand) + 1 - next;
                if (due <= 0)
                {
                    // Nothing due: a real producer would wait on its socket. Yielding keeps this thread's CPU busy
                    // whenever nothing else wants it (on the project's VM that slowed the journal's fsyncs);
                    // sleeping frees it, and the commands that fell due meanwhile go out as one burst.
                    if (sleepWhenIdle) Thread.Sleep(1);
                    else Thread.Yield();
                    continue;
                }
                count = (int)Math.Min(count, due);
            }
            int published = host.TryPublish(commands.AsSpan(next, count));
            next += published;
            if (published == 0) spin.SpinOnce(sleep1Threshold: -1);
            else spin.Reset();
        }
        return ThreadCpuTimes.OfCurrentThread() - cpuBefore;
    }

    /// <summary>Commands per publish: what a gateway might read off one socket in one go.</summary>
    public const int Batch = 64;

    private static void Expect(ValueTask<CommandOutcome> submitted)
    {
        var outcome = submitted.AsTask().GetAwaiter().GetResult();
        if (outcome.Status != CommandStatus.Acknowledged) throw new InvalidOperationException("setup command failed: " + outcome);
    }

    public static EngineCommand ToEngineCommand(WorkloadCommand c) => c.Kind switch
    {
        CommandKind.PlaceOrder => EngineCommand.From(new PlaceOrder(c.Time, c.Instrument, c.Participant, c.ClientOrderId, c.Side, c.Type, c.TimeInForce, c.Price, c.Quantity)),
        CommandKind.CancelOrder => EngineCommand.From(new CancelOrder(c.Time, c.Instrument, c.Participant, c.ClientOrderId)),
        CommandKind.AmendOrder => EngineCommand.From(new AmendOrder(c.Time, c.Instrument, c.Participant, c.ClientOrderId, c.Price, c.Quantity)),
        _ => throw new InvalidOperationException($"a workload stream holds no {c.Kind}"),
    };
}
