namespace SocialExchange.Listing.Rulebooks;

/// <summary>How a value is compared with a threshold; written <c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c> or <c>==</c> in rule files.</summary>
public enum ComparisonOperator : byte
{
    AtLeast = 1,
    MoreThan = 2,
    AtMost = 3,
    LessThan = 4,
    EqualTo = 5,
}
