using SocialExchange.Matching.Instruments;

namespace SocialExchange.Listing.Instruments;

/// <summary>The result of mapping a proposed instrument to an engine instrument: the spec, or every problem found.</summary>
/// <param name="Spec">The engine instrument; null when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">Why the instrument cannot be created, each naming its field.</param>
public sealed record EngineMapping(InstrumentSpec? Spec, IReadOnlyList<string> Problems)
{
    /// <summary>True when a valid spec was built.</summary>
    public bool Succeeded => Spec is not null;
}
