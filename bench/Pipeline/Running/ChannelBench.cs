using System.Diagnostics;
using System.Threading.Channels;
using SocialExchange.Bench.Pipeline.Reporting;

namespace SocialExchange.Bench.Pipeline.Running;

/// <summary>
/// The baseline: a bounded <see cref="Channel{T}"/> of the same capacity, used the way its documentation suggests.
/// <code>
///   producer task 0 ---\
///   producer task 1 ----+--TryWrite (else await WaitToWriteAsync)--> BoundedChannel&lt;BenchItem&gt; --TryRead--> consumer task --> ItemChecker
///   producer task 2 ---/                                             (capacity, FullMode Wait,    (else await WaitToReadAsync)
///                                                                     SingleReader, SingleWriter when 1 producer)
/// </code>
/// Producers and consumer are thread-pool tasks: a channel's waits are asynchronous, so that is its natural
/// habitat. The synchronous fast paths (<c>TryWrite</c>, <c>TryRead</c>) run in plain loops outside the async
/// state machines, as the ring's do.
/// </summary>
internal static class ChannelBench
{
    /// <summary>Runs <paramref name="items"/> items from <paramref name="producers"/> producer tasks through a fresh bounded channel.</summary>
    public static RunResult Run(int producers, long items, int capacity)
    {
        var channel = Channel.CreateBounded<BenchItem>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = producers == 1,
            AllowSynchronousContinuations = false,
        });
        long[] sent = Transport.Split(items, producers);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = Task.Run(() => ConsumeAsync(channel.Reader, producers, items, go.Task));
        var producerTasks = new Task[producers];
        for (int p = 0; p < producers; p++)
        {
            int producer = p;
            producerTasks[p] = Task.Run(() => ProduceAsync(channel.Writer, producer, sent[producer], go.Task));
        }

        var load = MachineLoad.Now(); // before the allocation window: reading /proc/stat allocates
        var counters = Transport.Before();
        long start = Stopwatch.GetTimestamp();
        go.SetResult();
        if (!consumer.Wait(Transport.RunTimeout)) throw new TimeoutException($"channel, {producers} producer(s): the consumer did not receive every item within {Transport.RunTimeout}");
        Task.WaitAll(producerTasks);
        var (allocated, collections) = Transport.Since(counters);
        var loadAfter = MachineLoad.Now();
        double othersShare = loadAfter.OthersShareSince(load), ownShare = loadAfter.OwnShareSince(load);

        var (checker, end) = consumer.Result;
        double seconds = Stopwatch.GetElapsedTime(start, end).TotalSeconds;
        return new RunResult("channel", producers, items, seconds, allocated, collections, checker.Verify(sent))
        {
            OthersCpuShare = othersShare,
            OwnCpuShare = ownShare,
        };
    }

    private static async Task ProduceAsync(ChannelWriter<BenchItem> writer, int producer, long count, Task go)
    {
        await go.ConfigureAwait(false);
        long next = 0;
        while (true)
        {
            next = WriteWhileRoom(writer, producer, next, count);
            if (next == count) return;
            if (!await writer.WaitToWriteAsync().ConfigureAwait(false)) throw new InvalidOperationException("The channel was completed early.");
        }
    }

    /// <summary>Writes items <paramref name="from"/> onwards until the channel is full or all are sent; returns the next counter to send.</summary>
    private static long WriteWhileRoom(ChannelWriter<BenchItem> writer, int producer, long from, long count)
    {
        BenchItem item = default;
        for (long i = from; i < count; i++)
        {
            BenchItem.Fill(ref item, producer, i);
            if (!writer.TryWrite(item)) return i;
        }
        return count;
    }

    private static async Task<(ItemChecker Checker, long EndTimestamp)> ConsumeAsync(ChannelReader<BenchItem> reader, int producers, long expected, Task go)
    {
        await go.ConfigureAwait(false);
        var checker = new ItemChecker(producers);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (ReadWhileAvailable(reader, ref checker, expected)) return (checker, Stopwatch.GetTimestamp());
        }
        throw new InvalidOperationException("The channel was completed early.");
    }

    /// <summary>Reads and checks items until the channel is empty; true once the last expected item is in.</summary>
    private static bool ReadWhileAvailable(ChannelReader<BenchItem> reader, ref ItemChecker checker, long expected)
    {
        while (reader.TryRead(out BenchItem item))
        {
            checker.Check(in item);
            if (checker.Count == expected) return true;
        }
        return false;
    }
}
