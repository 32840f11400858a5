namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// <c>kind: any_of</c> (at least one of the application's codes is in <see cref="Values"/>, e.g. the eligible
/// activities) or <c>kind: none_of</c> (none is, e.g. excluded entities), with exceptions: a code in
/// <see cref="Unless"/> is excused when the application also carries the excusing code (housing companies are
/// excluded unless they do affordable housing).
/// </summary>
public sealed record MembershipRule : Rule
{
    /// <summary>List field (or text field, read as a list of one) from the <see cref="FieldCatalog"/>.</summary>
    public required string Field { get; init; }

    /// <summary>True for none_of, false for any_of.</summary>
    public required bool Exclude { get; init; }

    /// <summary>The list.</summary>
    public required IReadOnlyList<string> Values { get; init; }

    /// <summary>none_of: excluded code → code that excuses it.</summary>
    public IReadOnlyDictionary<string, string> Unless { get; init; } = new Dictionary<string, string>();

    public override string KindName => Exclude ? "none_of" : "any_of";
}
