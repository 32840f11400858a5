using System.Globalization;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Tests.Journaling;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>
/// A child process running the engine host in the durable mode under load from three producers is killed with
/// SIGKILL, for real. On restart every acknowledged command is in the recovered market at the sequence it was
/// acknowledged with, sequences are continuous and unique, and the recovered state is the journal's.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EngineHostKillTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(500)]
    public void KilledUnderLoad_EveryAcknowledgedCommandSurvivesTheRestart(int acknowledgementsBeforeKill)
    {
        using var temp = new TempDirectory();
        var acknowledged = new List<(long Sequence, int Participant, long ClientOrderId)>();
        using (var child = JournalWriterChild.Start(temp.Path, EngineHostChild.Role))
        {
            var errors = new System.Text.StringBuilder();
            child.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
            child.BeginErrorReadLine();
            string ReadLine()
            {
                var read = child.StandardOutput.ReadLineAsync();
                Assert.True(read.Wait(TimeSpan.FromSeconds(30)), "the child did not answer within 30 s");
                if (read.Result is null) lock (errors) Assert.Fail($"the child stopped early: {errors}");
                return read.Result!;
            }
            try
            {
                Assert.StartsWith("ready", ReadLine());
                while (acknowledged.Count < acknowledgementsBeforeKill)
                {
                    var parts = ReadLine().Split(' ');
                    Assert.Equal("ack", parts[0]);
                    acknowledged.Add((long.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture), long.Parse(parts[3], CultureInfo.InvariantCulture)));
                }
            }
            finally
            {
                child.Kill(); // SIGKILL: no finally blocks, no stop, no snapshot in the child
                child.WaitForExit(10_000);
            }
        }

        using var host = EngineHost.Start(Options(temp.Path) with { SnapshotOnStop = false });
        long recoveredLast = host.Health.Matched;
        host.Stop();
        var journal = JournalTestData.ReadAll(Path.Combine(temp.Path, "journal")).ToDictionary(r => r.Sequence, r => r.Command);
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Keys.Order()); // continuous from 1, no repeat
        Assert.Equal(recoveredLast, journal.Count);
        foreach (var (sequence, participant, clientOrderId) in acknowledged)
        {
            Assert.True(journal.TryGetValue(sequence, out var command), $"acknowledged command {sequence} is missing after the restart (journal ends at {recoveredLast})");
            var place = Assert.IsType<PlaceOrder>(command);
            Assert.Equal((participant, clientOrderId), (place.Participant, place.ClientOrderId));
        }
        Assert.Equal(ReplayedHash(temp.Path), host.StateHash());
    }
}
