namespace SocialExchange.Listing.Evaluation;

/// <summary>One criterion of a side-by-side comparison: the rules each rulebook applies to it and their results.</summary>
/// <param name="Criterion">The criterion (legal_form, intentionality, ...).</param>
/// <param name="Left">Results of the left rulebook's rules for the criterion (empty when it has none).</param>
/// <param name="Right">Results of the right rulebook's rules.</param>
public sealed record ComparisonRow(string Criterion, IReadOnlyList<RuleResult> Left, IReadOnlyList<RuleResult> Right)
{
    /// <summary>The worst outcome on the left, null when the left rulebook has no rule for the criterion.</summary>
    public RuleOutcome? LeftOutcome => Worst(Left);

    /// <summary>The worst outcome on the right.</summary>
    public RuleOutcome? RightOutcome => Worst(Right);

    /// <summary>True when both sides have rules and reach different outcomes.</summary>
    public bool Differs => LeftOutcome is not null && RightOutcome is not null && LeftOutcome != RightOutcome;

    // Fail > missing evidence > pass > not applicable: the enum is ordered that way.
    private static RuleOutcome? Worst(IReadOnlyList<RuleResult> results) => results.Count == 0 ? null : results.Max(r => r.Outcome);
}
