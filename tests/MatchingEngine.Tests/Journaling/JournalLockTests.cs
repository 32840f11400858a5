using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>
/// One writer per journal: a second writer on the same directory (or a second host) is refused with an error naming
/// the directory, before it reads or changes anything; once the first closes, the journal opens again.
/// </summary>
[Collection(Hosting.HostCollection.Name)]
public sealed class JournalLockTests
{
    [Fact]
    public void SecondWriter_Refused_AndTheJournalIsUntouched()
    {
        using var dir = new TempDirectory();
        using (var first = JournalWriter.Open(dir.Path))
        {
            first.Append(1, new AdvanceTime(5));
            first.Commit();
            var error = Assert.Throws<JournalInUseException>(() => JournalWriter.Open(dir.Path));
            Assert.Contains(Path.GetFullPath(dir.Path), error.Message);
            Assert.Contains("only one writer", error.Message);
            first.Append(2, new AdvanceTime(6));
            first.Commit();
        }
        Assert.Equal([1L, 2L], JournalTestData.ReadAll(dir.Path).Select(r => r.Sequence));
        using var reopened = JournalWriter.Open(dir.Path);
        Assert.Equal(3, reopened.NextSequence);
    }

    [Fact]
    public void SecondHost_OnTheSameJournal_RefusedToStart()
    {
        using var dir = new TempDirectory();
        var options = Options(dir.Path);
        using var first = EngineHost.Start(options);
        Await(first.SubmitAsync(Open(1)));

        var error = Assert.ThrowsAny<IOException>(() => EngineHost.Start(options));
        Assert.Contains("already open for writing", error.Message);
        Assert.Equal(HostStatus.Running, first.Status);
        first.Stop();
    }
}
