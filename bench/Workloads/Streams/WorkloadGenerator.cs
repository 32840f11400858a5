namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>Draws the stream a workload names. Untimed: everything a run needs is generated before the clock starts.</summary>
public static class WorkloadGenerator
{
    /// <summary>The stream for <paramref name="options"/>.</summary>
    public static WorkloadStream Generate(WorkloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Workload switch
        {
            WorkloadKind.A => InsertHeavyWorkload.Generate(options.Orders, options.Seed),
            WorkloadKind.B => BoundedBookWorkload.Generate(options.Orders, options.Seed),
            WorkloadKind.C => AmendHeavyWorkload.Generate(options.Orders, options.Seed),
            WorkloadKind.M => ManyInstrumentsWorkload.Generate(options.Orders, options.Seed),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Workload, "no such workload"),
        };
    }
}
