using SocialExchange.Listing.Instruments;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// One version of a rulebook, loaded from a YAML file: its segments, admission rules and continuing obligations.
/// A new version is a new file with a later <see cref="EffectiveFrom"/>; the committee changes a threshold by
/// editing data, not code.
/// </summary>
public sealed record Rulebook
{
    /// <summary>Id shared by all versions (e.g. <c>india-sse</c>).</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>Version label of this file (e.g. <c>2026.1</c>).</summary>
    public required string Version { get; init; }

    /// <summary>First day this version is in force.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Last day this version is in force; null while current.</summary>
    public DateOnly? EffectiveUntil { get; init; }

    public required string Jurisdiction { get; init; }
    public string? Description { get; init; }

    /// <summary>How thresholds at their boundary are read (required in every file, so the decision is written down).</summary>
    public required string BoundarySemantics { get; init; }

    /// <summary>Source id → citation.</summary>
    public required IReadOnlyDictionary<string, string> Sources { get; init; }

    public required IReadOnlyList<Segment> Segments { get; init; }
    public required IReadOnlyList<Rule> Rules { get; init; }
    public IReadOnlyList<ObligationTemplate> Obligations { get; init; } = [];

    /// <summary>File the rulebook was loaded from.</summary>
    public string File { get; init; } = "";

    /// <summary>True when this version is in force on <paramref name="day"/>.</summary>
    public bool IsInForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveUntil is null || day <= EffectiveUntil);

    /// <summary>The segment that admits <paramref name="kind"/>, or null.</summary>
    public Segment? SegmentFor(ListedInstrumentKind kind) => Segments.FirstOrDefault(s => s.Admits(kind));

    /// <summary>The rule <paramref name="id"/>, or null.</summary>
    public Rule? FindRule(string id) => Rules.FirstOrDefault(r => r.Id == id);
}
