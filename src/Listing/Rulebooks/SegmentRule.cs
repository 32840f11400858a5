namespace SocialExchange.Listing.Rulebooks;

/// <summary><c>kind: segment</c>: one of the rulebook's segments admits the proposed instrument kind.</summary>
public sealed record SegmentRule : Rule
{
    public override string KindName => "segment";
}
