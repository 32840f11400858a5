using SocialExchange.Bench.Workloads.Running;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Bench.Workloads.Streams;

/// <summary>
/// An untimed engine that a generator feeds each message to as soon as it has drawn it, so the next draw can depend
/// on the book the previous messages left (which orders still rest, where the best prices are). The engine is
/// deterministic, so a fresh engine given the recorded messages behaves exactly as this one did: the runner checks
/// that by comparing <see cref="MatchingEngine{THandler}.StateHash"/> and the trade count.
/// </summary>
public sealed class GenerationPass
{
    /// <summary>Creates a pass for one instrument and order numbers up to <paramref name="maxOrderNumber"/>.</summary>
    public GenerationPass(InstrumentSpec instrument, long maxOrderNumber)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        Mirror = new BookMirror(maxOrderNumber, instrument.LowestLadderPrice, instrument.HighestLadderPrice);
        Engine = WorkloadEngine.Create([instrument], 1 << 16, new MirrorHandler(Mirror));
    }

    /// <summary>The book as the engine's events describe it.</summary>
    public BookMirror Mirror { get; }

    /// <summary>The engine the messages run through.</summary>
    public MatchingEngine<MirrorHandler> Engine { get; }

    /// <summary>Most orders open after any message so far.</summary>
    public int PeakOpen { get; private set; }

    /// <summary>Messages applied so far.</summary>
    public long Applied { get; private set; }

    /// <summary>
    /// Applies one message and checks that the generator stays honest: no message may be rejected, and the mirror
    /// must agree with the engine on how many orders are open.
    /// </summary>
    public void Apply(in WorkloadCommand command)
    {
        CommandApplier.Apply(Engine, in command);
        Applied++;
        if (Mirror.Rejections > 0)
            throw new InvalidOperationException(
                $"generated message {Applied} ({command}) was rejected with {Mirror.FirstRejection}: the generator must draw only valid messages");
        if (Mirror.OpenCount != Engine.OpenOrderCount)
            throw new InvalidOperationException(
                $"after message {Applied} ({command}) the generator sees {Mirror.OpenCount} open orders but the engine has {Engine.OpenOrderCount}");
        if (Mirror.OpenCount > PeakOpen) PeakOpen = Mirror.OpenCount;
    }
}
