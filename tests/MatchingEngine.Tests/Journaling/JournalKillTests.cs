using SocialExchange.Matching.Journaling;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>
/// A child process journaling in the durable mode is killed with SIGKILL mid-stream, for real. On reopening,
/// every sequence it acknowledged is present, sequences are continuous from 1 with no duplicate, every record is
/// the command that was sent with its sequence, and whatever half-written tail the kill left is cut with a warning.
/// </summary>
public sealed class JournalKillTests
{
    [Theory]
    [InlineData(5, false)]
    [InlineData(40, false)]
    [InlineData(40, true)]
    public void KilledDuringDurableWrites_EveryAcknowledgedRecordPresentContinuousAndUnique(int acknowledgementsBeforeKill, bool preallocatedSegments)
    {
        using var dir = new TempDirectory();
        long acknowledged = 0;
        using (var child = JournalWriterChild.Start(dir.Path, preallocatedSegments ? JournalWriterChild.PreallocatingRole : JournalWriterChild.Role))
        {
            var errors = new System.Text.StringBuilder();
            child.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
            child.BeginErrorReadLine();
            string? ReadLine()
            {
                var read = child.StandardOutput.ReadLineAsync();
                Assert.True(read.Wait(TimeSpan.FromSeconds(20)), "the child did not answer within 20 s");
                if (read.Result is null) lock (errors) Assert.Fail($"the child stopped early: {errors}");
                return read.Result;
            }
            try
            {
                Assert.StartsWith("ready", ReadLine());
                for (int seen = 0; seen < acknowledgementsBeforeKill; seen++)
                {
                    string line = ReadLine()!;
                    Assert.StartsWith("ack ", line);
                    acknowledged = long.Parse(line.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            finally
            {
                child.Kill(); // SIGKILL: no finally blocks, no dispose, no flush in the child
                child.WaitForExit(10_000);
            }
        }
        Assert.True(acknowledged > 0);

        var warnings = new List<JournalWarning>();
        long next;
        using (var writer = JournalWriter.Open(dir.Path, new JournalWriterOptions { Durability = JournalDurability.Durable, OnWarning = warnings.Add }))
        {
            next = writer.NextSequence;
            Assert.True(next > acknowledged, $"acknowledged {acknowledged} but the journal ends at {next - 1}");
            var command = JournalWriterChild.CommandFor(next);
            Assert.Equal(JournalAppendResult.Appended, writer.Append(next, in command));
            Assert.Equal(next, writer.Commit());
        }
        Assert.All(warnings, w => Assert.Equal(JournalWarningKind.TornTailTruncated, w.Kind));

        long expected = 1;
        using (var reader = new JournalReader(dir.Path))
        {
            while (reader.TryRead(out var record))
            {
                Assert.Equal(expected, record.Sequence);
                Assert.Equal(JournalWriterChild.CommandFor(expected), CommandCodec.ReadPlaceOrder(record.Payload.Span));
                expected++;
            }
        }
        Assert.Equal(next + 1, expected);
        Assert.True(JournalVerifier.Verify(dir.Path).IsClean);
    }
}
