using SocialExchange.Matching.Instruments;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// An instrument listed at <paramref name="Time"/>: the journal's form of
/// <c>MatchingEngine.AddInstrument(spec, time)</c>, so a replay lists instruments at the same point of the command
/// stream as the live run did. Listing is configuration, not a hot-path command, so the record carries the
/// specification object itself.
/// </summary>
/// <remarks>
/// It lives in the journal's folder because the command folder belongs to another change in flight; it belongs
/// with the other commands once the pipeline sends listings through the ring.
/// </remarks>
public readonly record struct ListInstrument(long Time, InstrumentSpec Spec);
