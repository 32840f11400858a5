using System.Diagnostics;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>
/// A process that journals in the durable mode as fast as it can and prints each acknowledgement
/// ("ack {sequence}") only after <see cref="JournalWriter.Commit"/> returned it, until it is killed. Sequence s
/// always carries <see cref="CommandFor"/>(s), so the parent can check every record after the kill.
/// </summary>
public static class JournalWriterChild
{
    public const string Role = "journal-writer-child";

    /// <summary>The same child writing preallocated segments (<see cref="JournalWriterOptions.PreallocateSegments"/>).</summary>
    public const string PreallocatingRole = "journal-writer-child-preallocating";

    public static PlaceOrder CommandFor(long sequence) =>
        new(sequence, 1, 1 + (int)(sequence % 7), sequence, sequence % 2 == 0 ? Side.Buy : Side.Sell, OrderType.Limit, TimeInForce.Day, 100 + sequence % 13, 1 + sequence % 50);

    public static int Run(string directory, bool preallocate = false)
    {
        var output = Console.Out;
        using var writer = JournalWriter.Open(directory, new JournalWriterOptions { Durability = JournalDurability.Durable, SegmentSize = 1024 * 1024, PreallocateSegments = preallocate });
        output.WriteLine($"ready {writer.NextSequence}");
        output.Flush();
        var random = new Random(Environment.ProcessId);
        while (true)
        {
            // Batches from one record to several buffer-sized writes, so a kill can land inside a large write.
            int batch = random.Next(8) == 0 ? random.Next(2_000, 15_000) : random.Next(1, 300);
            for (int i = 0; i < batch; i++)
            {
                long sequence = writer.NextSequence;
                var command = CommandFor(sequence);
                if (writer.Append(sequence, in command) != JournalAppendResult.Appended) return 2;
            }
            long durable = writer.Commit();
            if (writer.Status != JournalWriterStatus.Writing) return 3;
            output.WriteLine($"ack {durable}");
            output.Flush();
        }
    }

    /// <summary>Starts a child in <paramref name="role"/> on <paramref name="directory"/>: this test assembly run by the same dotnet host.</summary>
    public static Process Start(string directory, string role = Role)
    {
        string assembly = typeof(JournalWriterChild).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test host may itself be "dotnet testhost.dll": exec our assembly with its own runtime config.
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(Path.ChangeExtension(assembly, ".runtimeconfig.json"));
        start.ArgumentList.Add("--depsfile");
        start.ArgumentList.Add(Path.ChangeExtension(assembly, ".deps.json"));
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add(role);
        start.ArgumentList.Add(directory);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the journal writer child");
    }

    private static string DotnetHost()
    {
        // The SDK tells tools where its host is; otherwise the host running the tests, if it is dotnet itself.
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host) return host;
        string? self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
