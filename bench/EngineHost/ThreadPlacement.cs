using SocialExchange.Matching.Hosting;

namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// The <c>--pin</c> option: which CPUs the host's stage threads and the benchmark's producers run on.
/// <c>STAGE:CPU[+CPU...]</c> pairs separated by commas, stages <c>journal</c>, <c>matching</c>, <c>fan-out</c> and
/// <c>producer</c>; a stage not named is left to the scheduler. <c>two-core</c> is the layout measured best on
/// the project's 2-core VM: <c>matching:0,fan-out:0,journal:1,producer:1</c>.
/// </summary>
public sealed record ThreadPlacement(StageAffinity Stages, IReadOnlyList<int>? Producers)
{
    public const string TwoCore = "matching:0,fan-out:0,journal:1,producer:1";

    /// <summary>The placement <paramref name="text"/> describes, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static ThreadPlacement? Parse(string text, out string? error)
    {
        error = null;
        var stages = new StageAffinity();
        IReadOnlyList<int>? producers = null;
        foreach (string pair in (text == "two-core" ? TwoCore : text).Split(','))
        {
            string[] parts = pair.Split(':');
            var cpus = parts.Length == 2 ? ParseCpus(parts[1]) : null;
            if (cpus is null)
            {
                error = $"--pin: '{pair}' is not STAGE:CPU[+CPU...]";
                return null;
            }
            switch (parts[0])
            {
                case "journal": stages = stages with { Journal = cpus }; break;
                case "matching": stages = stages with { Matching = cpus }; break;
                case "fan-out": stages = stages with { FanOut = cpus }; break;
                case "producer": producers = cpus; break;
                default:
                    error = $"--pin: no stage '{parts[0]}' (journal, matching, fan-out, producer)";
                    return null;
            }
        }
        return new ThreadPlacement(stages, producers);
    }

    private static int[]? ParseCpus(string text)
    {
        var cpus = new List<int>();
        foreach (string cpu in text.Split('+'))
        {
            if (!int.TryParse(cpu, out int n) || n < 0 || n >= ThreadAffinity.MaxCpus) return null;
            cpus.Add(n);
        }
        return [.. cpus];
    }

    /// <summary>For the report: "matching 0, fan-out 0, journal 1, producers 1".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Stages.Matching is { } m) parts.Add("matching " + CpuList(m));
        if (Stages.FanOut is { } f) parts.Add("fan-out " + CpuList(f));
        if (Stages.Journal is { } j) parts.Add("journal " + CpuList(j));
        if (Producers is { } p) parts.Add("producers " + CpuList(p));
        return string.Join(", ", parts);
    }

    private static string CpuList(IReadOnlyList<int> cpus) => string.Join("+", cpus);
}
