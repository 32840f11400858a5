using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Evaluation.Checks;

/// <summary><see cref="DateRule"/>: a date compared with the evaluation date moved by the offset in force.</summary>
internal static class DateCheck
{
    public static CheckResult Check(DateRule rule, EvaluationContext context)
    {
        var label = EvaluationContext.Label(rule.Field);
        var offset = rule.Offset.InForceOn(context.AsOf);
        if (offset is null) return CheckResult.NotApplicable($"No offset is in force on {Amounts.Date(context.AsOf)}.");
        var limit = offset.Value.ApplyTo(context.AsOf);
        string relation = offset.Value.Amount == 0 ? "the evaluation date"
            : $"{offset.Value.Length} {(offset.Value.Amount < 0 ? "before" : "after")} the evaluation date {Amounts.Date(context.AsOf)}";
        string required = $"{Words(rule.Operator)} {Amounts.Date(limit)} ({relation}){SocialExchange.Listing.Evaluation.Words.Since(offset, rule.Offset.IsDated)}";
        var value = context.Read(rule.Field);
        if (value.Date is not { } date)
            return new CheckResult(RuleOutcome.MissingEvidence, [new ComparedValue(label, "not stated", required)],
                $"The application does not state the {label}; it must be {required}.");
        bool passes = rule.Operator.Holds(date.CompareTo(limit));
        var compared = new[] { new ComparedValue(label, Amounts.Date(date), required) };
        return new CheckResult(passes ? RuleOutcome.Pass : RuleOutcome.Fail, compared,
            $"{SocialExchange.Listing.Evaluation.Words.Capitalise(label)} is {Amounts.Date(date)}; it must be {required}: {(passes ? "met" : "not met")}.");
    }

    private static string Words(ComparisonOperator op) => op switch
    {
        ComparisonOperator.AtLeast => "on or after",
        ComparisonOperator.MoreThan => "after",
        ComparisonOperator.AtMost => "on or before",
        _ => "before",
    };
}
