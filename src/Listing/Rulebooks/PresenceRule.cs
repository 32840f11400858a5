namespace SocialExchange.Listing.Rulebooks;

/// <summary><c>kind: present</c>: facts or documents are stated (all of them, or any one).</summary>
public sealed record PresenceRule : Rule
{
    /// <summary>Fields from the <see cref="FieldCatalog"/>.</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>True when one present field suffices.</summary>
    public bool AnyOne { get; init; }

    public override string KindName => "present";
}
