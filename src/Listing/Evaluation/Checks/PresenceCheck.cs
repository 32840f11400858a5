using SocialExchange.Listing.Rulebooks;

namespace SocialExchange.Listing.Evaluation.Checks;

/// <summary>
/// <see cref="PresenceRule"/>: the facts or documents are stated. Absence is what this kind judges, so an absent
/// fact fails the rule rather than counting as missing evidence.
/// </summary>
internal static class PresenceCheck
{
    public static CheckResult Check(PresenceRule rule, EvaluationContext context)
    {
        var values = rule.Fields.Select(f => (Field: f, Label: EvaluationContext.Label(f), Value: context.Read(f))).ToList();
        var compared = values.Select(v => new ComparedValue(v.Label, v.Value.IsMissing ? "not stated" : "stated", "stated")).ToList();
        var missing = values.Where(v => v.Value.IsMissing).Select(v => v.Label).ToList();
        var present = values.Where(v => !v.Value.IsMissing).Select(v => v.Label).ToList();
        bool passes = rule.AnyOne ? present.Count > 0 : missing.Count == 0;
        if (passes)
            return new CheckResult(RuleOutcome.Pass, compared, $"The application states the {Words.OneOf(present, "and")}.");
        return new CheckResult(RuleOutcome.Fail, compared, rule.AnyOne
            ? $"The application states none of: {Words.OneOf(missing)}; the rule requires at least one."
            : $"The application does not state the {Words.OneOf(missing, "and")}{(present.Count > 0 ? $" (it states the {Words.OneOf(present, "and")})" : "")}.");
    }
}
