namespace SocialExchange.Listing.Rulebooks;

/// <summary><c>kind: flag</c>: a yes/no fact has the required value (e.g. no pending tax notice).</summary>
public sealed record FlagRule : Rule
{
    /// <summary>Flag field from the <see cref="FieldCatalog"/>.</summary>
    public required string Field { get; init; }

    /// <summary>The value that passes.</summary>
    public required bool Expected { get; init; }

    public override string KindName => "flag";
}
