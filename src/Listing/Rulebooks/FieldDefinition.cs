using SocialExchange.Listing.Applications;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>One field a rule may name: its path, kind, readable label and how to read it from an application.</summary>
/// <param name="Name">Path used in rulebook files, e.g. <c>offer.free_float_pct</c>.</param>
/// <param name="Kind">Kind of value.</param>
/// <param name="Label">Words for committee sentences, e.g. "free float".</param>
/// <param name="Read">Reads the value from an application as of a date (the "latest" fiscal year depends on it).</param>
public sealed record FieldDefinition(string Name, FieldKind Kind, string Label, Func<ListingApplication, DateOnly, FieldValue> Read);
