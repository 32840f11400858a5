namespace SocialExchange.Listing.Evaluation;

/// <summary>An application evaluated against one rulebook version on one day.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="RulebookId">The rulebook.</param>
/// <param name="RulebookName">Its readable name.</param>
/// <param name="RulebookVersion">The version evaluated.</param>
/// <param name="AsOf">The day the rules were read for (effective dates, "latest fiscal year", ages).</param>
/// <param name="RulebookInForce">False when the version evaluated was not in force on <paramref name="AsOf"/> (a what-if).</param>
/// <param name="Results">One result per rule, in rulebook order.</param>
public sealed record RulebookEvaluation(
    string ApplicationId,
    string RulebookId,
    string RulebookName,
    string RulebookVersion,
    DateOnly AsOf,
    bool RulebookInForce,
    IReadOnlyList<RuleResult> Results)
{
    /// <summary>Not eligible when any rule fails; incomplete when none fails but some lack evidence; else eligible.</summary>
    public EvaluationVerdict Verdict =>
        Results.Any(r => r.Outcome == RuleOutcome.Fail) ? EvaluationVerdict.NotEligible
        : Results.Any(r => r.Outcome == RuleOutcome.MissingEvidence) ? EvaluationVerdict.Incomplete
        : EvaluationVerdict.Eligible;

    /// <summary>The result of rule <paramref name="ruleId"/>; throws when the rulebook has no such rule.</summary>
    public RuleResult this[string ruleId] => Results.FirstOrDefault(r => r.RuleId == ruleId)
        ?? throw new KeyNotFoundException($"rulebook {RulebookId} has no rule {ruleId}");

    /// <summary>Results with <paramref name="outcome"/>.</summary>
    public IEnumerable<RuleResult> With(RuleOutcome outcome) => Results.Where(r => r.Outcome == outcome);
}
