using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// One slot of the inbound ring. A producer fills <see cref="Command"/> (or <see cref="Listing"/>), the sequencer
/// stamps its time, then the journal and matching stages read it in parallel.
/// </summary>
public struct InboundSlot
{
    /// <summary>The command; its time is overwritten by the sequencer.</summary>
    public EngineCommand Command;

    /// <summary>An instrument to list instead of a command: configuration, rare, so a reference is fine here.</summary>
    public InstrumentSpec? Listing;

    /// <summary>The waiting caller's <see cref="PendingCallPool"/> index, or -1 when nobody waits.</summary>
    public int PendingCall;

    /// <summary>When the producer published it, in <see cref="System.Diagnostics.Stopwatch"/> ticks; 0 when not timed.</summary>
    public long PublishedAt;
}
