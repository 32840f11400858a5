using SocialExchange.Listing.Rulebooks;

namespace SocialExchange.Listing.Evaluation.Checks;

/// <summary><see cref="FlagRule"/>: a yes/no fact has the required value; not stated is missing evidence.</summary>
internal static class FlagCheck
{
    public static CheckResult Check(FlagRule rule, EvaluationContext context)
    {
        var label = EvaluationContext.Label(rule.Field);
        var value = context.Read(rule.Field);
        string required = rule.Expected ? "yes" : "no";
        if (value.Flag is not { } actual)
            return new CheckResult(RuleOutcome.MissingEvidence, [new ComparedValue(label, "not stated", required)],
                $"The application does not state the {label} (yes or no); the rule requires {required}.");
        var compared = new[] { new ComparedValue(label, actual ? "yes" : "no", required) };
        return actual == rule.Expected
            ? new CheckResult(RuleOutcome.Pass, compared, $"{Words.Capitalise(label)}: {(actual ? "yes" : "no")}, as required.")
            : new CheckResult(RuleOutcome.Fail, compared, $"{Words.Capitalise(label)}: {(actual ? "yes" : "no")}; the rule requires {required}.");
    }
}
