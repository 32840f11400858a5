namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>
/// Workload M: workload A's messages dealt round-robin over 100 instruments (message i goes to instrument
/// i % 100 + 1), so each book is a hundredth of A's and the engine switches book on every message.
/// </summary>
public static class ManyInstrumentsWorkload
{
    /// <summary>Instruments the stream is dealt over.</summary>
    public const int InstrumentCount = 100;

    /// <summary>The stream.</summary>
    public static WorkloadStream Generate(int orders, ulong seed) => new()
    {
        Kind = WorkloadKind.M,
        Seed = seed,
        Description = $"workload A's stream dealt round-robin over {InstrumentCount} instruments",
        Instruments = Enumerable.Range(1, InstrumentCount)
            .Select(id => WorkloadInstruments.Equity(id, $"M{id:000}", InsertHeavyWorkload.ReferencePrice, InsertHeavyWorkload.PriceBandBps))
            .ToArray(),
        Commands = InsertHeavyWorkload.Draw(orders, seed, InstrumentCount),
        OrderCapacity = orders + 1024,
    };
}
