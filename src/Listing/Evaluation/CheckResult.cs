namespace SocialExchange.Listing.Evaluation;

/// <summary>What a rule check found, before it is labelled with the rule's id and version.</summary>
internal sealed record CheckResult(RuleOutcome Outcome, IReadOnlyList<ComparedValue> Compared, string Sentence)
{
    public static CheckResult NotApplicable(string sentence) => new(RuleOutcome.NotApplicable, [], sentence);
}
