using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Evaluation.Checks;

/// <summary>
/// <see cref="ThresholdRule"/>: compares exactly. Numbers and amounts become fractions over one; shares are
/// fractions already; the comparison cross-multiplies, so a threshold of 2/3 is two thirds and not 0.6667.
/// </summary>
internal static class ThresholdCheck
{
    public static CheckResult Check(ThresholdRule rule, EvaluationContext context)
    {
        var label = EvaluationContext.Label(rule.Field);
        var threshold = rule.Threshold.InForceOn(context.AsOf);
        if (threshold is null)
            return CheckResult.NotApplicable($"No threshold is in force on {Amounts.Date(context.AsOf)}; the first takes effect on {Amounts.Date(rule.Threshold.Entries[0].From!.Value)}.");
        var value = context.Read(rule.Field);
        string required = $"{rule.Operator.Symbol()} {Show(threshold.Value, value.Kind, rule.Currency)}{Words.Since(threshold, rule.Threshold.IsDated)}";
        if (value.IsMissing)
            return new CheckResult(RuleOutcome.MissingEvidence, [new ComparedValue(label, "not stated", required)],
                $"The application does not state the {label}; {rule.Operator.Words()} {Show(threshold.Value, value.Kind, rule.Currency)} is required{Words.Since(threshold, rule.Threshold.IsDated)}.");
        if (value.Kind == FieldKind.Money && !string.Equals(value.Currency, rule.Currency, StringComparison.Ordinal))
            return new CheckResult(RuleOutcome.MissingEvidence, [new ComparedValue(label, value.ToString(), required)],
                $"The {label} is stated in {value.Currency}, but the rule's threshold is in {rule.Currency}; the figure in {rule.Currency} is needed.");

        var actual = value.Kind == FieldKind.Share ? value.Share!.Value : Ratio.Of(value.Number!.Value);
        bool passes = rule.Operator.Holds(actual.CompareTo(threshold.Value));
        string shownActual = value.Kind == FieldKind.Share ? Words.Share(actual, threshold.Value) : value.ToString();
        string shownThreshold = Show(threshold.Value, value.Kind, rule.Currency);
        string since = Words.Since(threshold, rule.Threshold.IsDated);
        string sentence = $"{Words.Capitalise(label)} is {shownActual}; {rule.Operator.Words()} {shownThreshold} is required{since}: {(passes ? "met" : "not met")}.";
        return new CheckResult(passes ? RuleOutcome.Pass : RuleOutcome.Fail, [new ComparedValue(label, shownActual, required)], sentence);
    }

    private static string Show(Ratio threshold, FieldKind kind, string? currency) => kind switch
    {
        FieldKind.Share => threshold.ToString(),
        FieldKind.Money => Amounts.Money(threshold.Approximate, currency ?? "?"),
        _ => Amounts.Number(threshold.Approximate),
    };
}
