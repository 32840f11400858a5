namespace SocialExchange.Listing.Evaluation;

/// <summary>The evaluation of one rule: outcome, the values compared and a sentence a committee member can read.</summary>
/// <param name="RuleId">Rule id, e.g. <c>IND-E1</c>.</param>
/// <param name="RuleVersion">Version of the rule.</param>
/// <param name="Title">What the rule requires.</param>
/// <param name="Criterion">Criterion the rule serves (for side-by-side comparison).</param>
/// <param name="Kind">Rule kind, as written in the file.</param>
/// <param name="Outcome">Pass, fail, missing evidence or not applicable.</param>
/// <param name="Compared">Values compared; empty when the rule did not apply.</param>
/// <param name="Sentence">The outcome in one or two sentences.</param>
/// <param name="Sources">Source ids behind the rule.</param>
public sealed record RuleResult(
    string RuleId,
    int RuleVersion,
    string Title,
    string Criterion,
    string Kind,
    RuleOutcome Outcome,
    IReadOnlyList<ComparedValue> Compared,
    string Sentence,
    IReadOnlyList<string> Sources);
