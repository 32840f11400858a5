using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Orders;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>
/// A process running an <see cref="EngineHost"/> in the durable mode, with three producer threads submitting orders
/// as fast as acknowledgements come, printing "ack {sequence} {participant} {clientOrderId}" for each acknowledged
/// one, until it is killed.
/// </summary>
public static class EngineHostChild
{
    public const string Role = "engine-host-child";

    public static EngineCommand OrderOf(int participant, long clientOrderId) =>
        Limit(participant, clientOrderId, (clientOrderId + participant) % 2 == 0 ? Side.Buy : Side.Sell, 96 + (clientOrderId * 5 + participant) % 9, 1 + clientOrderId % 4);

    public static int Run(string directory)
    {
        var output = Console.Out;
        var host = EngineHost.Start(Options(directory) with { Journal = new Matching.Journaling.JournalWriterOptions { SegmentSize = 256 * 1024 } });
        var opened = host.SubmitAsync(Open(1)).AsTask().GetAwaiter().GetResult();
        output.WriteLine($"ready {opened.Sequence}");
        output.Flush();
        var producers = Enumerable.Range(1, 3).Select(participant => new Thread(() =>
        {
            var pending = new Queue<(long Id, ValueTask<CommandOutcome> Outcome)>();
            for (long id = 1; ; id++)
            {
                pending.Enqueue((id, host.SubmitAsync(OrderOf(participant, id))));
                if (pending.Count < 16) continue;
                var (acknowledgedId, waiting) = pending.Dequeue();
                var outcome = waiting.AsTask().GetAwaiter().GetResult();
                if (outcome.Status != CommandStatus.Acknowledged) Environment.Exit(3);
                lock (output)
                {
                    output.WriteLine($"ack {outcome.Sequence} {participant} {acknowledgedId}");
                    output.Flush();
                }
            }
        })).ToList();
        producers.ForEach(p => p.Start());
        producers.ForEach(p => p.Join());
        return 0;
    }
}
