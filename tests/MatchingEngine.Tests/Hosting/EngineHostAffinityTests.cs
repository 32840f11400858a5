using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Tests.Journaling;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>
/// <see cref="EngineHostOptions.Affinity"/>: each stage thread runs only on its CPUs while the host works; a CPU the
/// process cannot use fails the start with the stage named, and leaves nothing behind (the journal opens again).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EngineHostAffinityTests
{
    [Fact]
    public void Start_WithAffinity_PinsEachStageThreadToItsCpus()
    {
        if (!ThreadAffinity.IsSupported) return;
        var allowed = ThreadAffinity.CurrentThreadCpus();
        int first = allowed[0], last = allowed[^1];
        using var temp = new TempDirectory();
        var options = Options(temp.Path) with { Affinity = new StageAffinity { Matching = [first], FanOut = [first], Journal = [last] } };

        using var host = EngineHost.Start(options);
        var opened = Await(host.SubmitAsync(Open(1)));
        var placement = StageThreadCpus();
        host.Stop();

        Assert.Equal(CommandStatus.Acknowledged, opened.Status);
        Assert.Equal(Cpu(first), placement["sx-matching"]);
        Assert.Equal(Cpu(first), placement["sx-fan-out"]);
        Assert.Equal(Cpu(last), placement["sx-sequencer-jo"]); // the kernel keeps 15 characters of a thread's name
    }

    [Fact]
    public void Start_WithACpuTheProcessCannotUse_FailsNamingTheStageAndReleasesEverything()
    {
        if (!ThreadAffinity.IsSupported) return;
        int unusable = ThreadAffinityTests.UnusableCpu();
        using var temp = new TempDirectory();
        int stageThreadsBefore = StageThreadCpus().Count;

        var error = Assert.Throws<ArgumentException>(() =>
            EngineHost.Start(Options(temp.Path) with { Affinity = new StageAffinity { Matching = [unusable] } }));

        Assert.Contains($"the matching thread could not be placed: cannot pin the thread to CPU {unusable}", error.Message);
        Assert.Equal(stageThreadsBefore, StageThreadCpus().Count); // the other stages were stopped too
        using var again = EngineHost.Start(Options(temp.Path)); // the journal's lock was released, nothing was journaled
        again.Stop();
        Assert.StartsWith("no snapshot used, 0 journal records replayed", again.RecoveryReport, StringComparison.Ordinal); // no snapshot written on the way out either
    }

    [Fact]
    public void Start_WithABadCpuList_NamesTheStage()
    {
        var options = new EngineHostOptions { Affinity = new StageAffinity { Matching = [], FanOut = [0, -1] } };

        var error = Assert.Throws<ArgumentException>(() => EngineHost.Start(options));

        Assert.Contains("Affinity.Matching is empty", error.Message);
        Assert.Contains("Affinity.FanOut holds -1, not a CPU number (0 to 1023)", error.Message);
    }

    private static string Cpu(int cpu) => cpu.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The host stage threads of this process (names starting "sx-"), each with its <c>Cpus_allowed_list</c>.</summary>
    private static Dictionary<string, string> StageThreadCpus()
    {
        var threads = new Dictionary<string, string>();
        foreach (string task in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                string name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                if (name.StartsWith("sx-", StringComparison.Ordinal))
                    threads[name] = ThreadAffinityTests.AllowedCpuList(File.ReadAllText(Path.Combine(task, "status")));
            }
            catch (IOException)
            {
                // The thread ended while being read: it is not running a stage any more.
            }
        }
        return threads;
    }
}
