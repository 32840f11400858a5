namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Which CPUs each of the host's stage threads may run on (Linux), set in <see cref="EngineHostOptions.Affinity"/>.
/// A stage left null runs wherever the scheduler puts it. The threads pin themselves before they take their first
/// command; a CPU the process cannot use fails <see cref="EngineHost.Start"/>, naming the stage and the CPUs it may use.
/// </summary>
/// <remarks>
/// For a 2-core machine the measured layout is matching and fan-out on one CPU, journal on the other together with
/// the producers (which pin themselves with <see cref="ThreadAffinity.PinCurrentThread"/>): see
/// <see cref="ThreadAffinity"/> for why.
/// </remarks>
public sealed record StageAffinity
{
    /// <summary>The thread that stamps and journals commands (the sequencer's own thread when there is no journal).</summary>
    public IReadOnlyList<int>? Journal { get; init; }

    /// <summary>The matching thread, the engine's single writer.</summary>
    public IReadOnlyList<int>? Matching { get; init; }

    /// <summary>The fan-out thread: acknowledgements and the sinks.</summary>
    public IReadOnlyList<int>? FanOut { get; init; }

    internal void Validate(List<string> problems)
    {
        if (!ThreadAffinity.IsSupported) problems.Add("Affinity is only supported on Linux");
        Check(nameof(Journal), Journal, problems);
        Check(nameof(Matching), Matching, problems);
        Check(nameof(FanOut), FanOut, problems);
    }

    private static void Check(string stage, IReadOnlyList<int>? cpus, List<string> problems)
    {
        if (cpus is not null && ThreadAffinity.Problem(cpus) is { } problem) problems.Add($"Affinity.{stage} {problem}");
    }
}
