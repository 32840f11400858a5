namespace SocialExchange.Listing.Evaluation;

/// <summary>One application evaluated against two rulebooks on the same day, aligned by criterion.</summary>
public sealed record RulebookComparison(RulebookEvaluation Left, RulebookEvaluation Right, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>The row of <paramref name="criterion"/>, or null.</summary>
    public ComparisonRow? Row(string criterion) => Rows.FirstOrDefault(r => r.Criterion == criterion);
}
