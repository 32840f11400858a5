using System.Runtime.CompilerServices;
using SocialExchange.Bench.Workloads.Streams;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;

namespace SocialExchange.Bench.Workloads.Running;

/// <summary>Turns one <see cref="WorkloadCommand"/> into the engine call it stands for.</summary>
public static class CommandApplier
{
    /// <summary>
    /// Applies one message. Never inlined, on purpose: it is called once per message, millions of times, so the
    /// tiered JIT promotes it (and the engine methods it calls) to fully optimised, profile-guided code during
    /// warm-up. A timed loop that did the work inline would run as on-stack-replacement code of a method entered
    /// once, which is not what a long-running engine thread runs.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Apply<THandler>(MatchingEngine<THandler> engine, in WorkloadCommand c)
        where THandler : struct, IEngineEventHandler
    {
        switch (c.Kind)
        {
            case CommandKind.PlaceOrder:
                engine.Place(new PlaceOrder(c.Time, c.Instrument, c.Participant, c.ClientOrderId, c.Side, c.Type, c.TimeInForce, c.Price, c.Quantity));
                break;
            case CommandKind.CancelOrder:
                engine.Cancel(new CancelOrder(c.Time, c.Instrument, c.Participant, c.ClientOrderId));
                break;
            case CommandKind.AmendOrder:
                engine.Amend(new AmendOrder(c.Time, c.Instrument, c.Participant, c.ClientOrderId, c.Price, c.Quantity));
                break;
            default:
                ThrowUnknownKind(c.Kind);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnknownKind(CommandKind kind) =>
        throw new InvalidOperationException($"a workload stream holds only places, cancels and amends, not {kind}");
}
