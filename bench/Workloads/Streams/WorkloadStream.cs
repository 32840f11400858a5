using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>
/// A generated workload, ready to run: the instruments to list (each put into continuous trading at time 0), the
/// untimed setup messages that build the starting book, the timed messages, and what the generator learned.
/// </summary>
public sealed class WorkloadStream
{
    /// <summary>Which workload this is.</summary>
    public required WorkloadKind Kind { get; init; }

    /// <summary>The seed the stream was drawn from.</summary>
    public required ulong Seed { get; init; }

    /// <summary>One line on what the stream does, for the readable summary.</summary>
    public required string Description { get; init; }

    /// <summary>Instruments listed before any message.</summary>
    public required IReadOnlyList<InstrumentSpec> Instruments { get; init; }

    /// <summary>Messages applied before timing (the starting book); empty for most workloads.</summary>
    public WorkloadCommand[] Setup { get; init; } = [];

    /// <summary>The timed messages.</summary>
    public required WorkloadCommand[] Commands { get; init; }

    /// <summary>Order slots to preallocate so the timed run never grows the engine's pool: an upper bound on open orders.</summary>
    public required int OrderCapacity { get; init; }

    /// <summary>
    /// For streams recorded from a generation pass (B and C): the state hash that pass's engine ended with. A replay
    /// of the same messages must end with the same hash; the runner checks it.
    /// </summary>
    public ulong? GenerationStateHash { get; init; }

    /// <summary>For recorded streams: the trades the generation pass saw; the replay must see as many.</summary>
    public long? GenerationTrades { get; init; }

    /// <summary>Figures the generator measured while drawing the stream (book size, message shares), by name.</summary>
    public IReadOnlyDictionary<string, double> GeneratorStats { get; init; } = new Dictionary<string, double>();

    /// <summary>Number of timed messages of one kind.</summary>
    public int CountOf(CommandKind kind)
    {
        int count = 0;
        foreach (ref readonly var command in Commands.AsSpan())
            if (command.Kind == kind) count++;
        return count;
    }
}
