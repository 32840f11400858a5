namespace SocialExchange.Listing.Rulebooks;

/// <summary>Parsing, applying and wording of <see cref="ComparisonOperator"/>.</summary>
public static class ComparisonOperators
{
    /// <summary>Reads <c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>==</c>.</summary>
    public static ComparisonOperator? Parse(string? text) => text switch
    {
        ">=" => ComparisonOperator.AtLeast,
        ">" => ComparisonOperator.MoreThan,
        "<=" => ComparisonOperator.AtMost,
        "<" => ComparisonOperator.LessThan,
        "==" => ComparisonOperator.EqualTo,
        _ => null,
    };

    /// <summary>True when a value whose comparison with the threshold is <paramref name="comparison"/> (sign of CompareTo) passes.</summary>
    public static bool Holds(this ComparisonOperator op, int comparison) => op switch
    {
        ComparisonOperator.AtLeast => comparison >= 0,
        ComparisonOperator.MoreThan => comparison > 0,
        ComparisonOperator.AtMost => comparison <= 0,
        ComparisonOperator.LessThan => comparison < 0,
        _ => comparison == 0,
    };

    /// <summary>The symbol, for the "values compared" column.</summary>
    public static string Symbol(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.AtLeast => ">=",
        ComparisonOperator.MoreThan => ">",
        ComparisonOperator.AtMost => "<=",
        ComparisonOperator.LessThan => "<",
        _ => "==",
    };

    /// <summary>Words for a passing sentence: "at least", "more than", ...</summary>
    public static string Words(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.AtLeast => "at least",
        ComparisonOperator.MoreThan => "more than",
        ComparisonOperator.AtMost => "at most",
        ComparisonOperator.LessThan => "less than",
        _ => "exactly",
    };

    /// <summary>Words for a failing comparison: a value that is "below" an at-least threshold.</summary>
    public static string FailureWords(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.AtLeast => "below",
        ComparisonOperator.MoreThan => "not above",
        ComparisonOperator.AtMost => "above",
        ComparisonOperator.LessThan => "not below",
        _ => "not equal to",
    };
}
