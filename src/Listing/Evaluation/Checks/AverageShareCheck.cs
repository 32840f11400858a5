using SocialExchange.Listing.Issuers;
using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Evaluation.Checks;

/// <summary>
/// <see cref="AverageShareRule"/>: for each prong, the sum of the parts over the sum of the totals of the last N
/// fiscal years (equal to the average part over the average total), compared exactly with the threshold. One
/// passing prong passes the rule; if none passes and some cannot be computed, evidence is missing.
/// </summary>
internal static class AverageShareCheck
{
    public static CheckResult Check(AverageShareRule rule, EvaluationContext context)
    {
        var threshold = rule.Threshold.InForceOn(context.AsOf);
        if (threshold is null)
            return CheckResult.NotApplicable($"No threshold is in force on {Amounts.Date(context.AsOf)}.");
        var years = context.Application.Issuer.YearsEndedBy(context.AsOf, rule.Years);
        string required = $"{rule.Operator.Symbol()} {threshold.Value}{Words.Since(threshold, rule.Threshold.IsDated)}";
        if (years.Count < rule.Years)
        {
            var compared = rule.Prongs.Select(p => new ComparedValue($"{p.Name} share ({rule.Years}-year average)", "not computable", required)).ToList();
            return new CheckResult(RuleOutcome.MissingEvidence, compared,
                $"The test averages {rule.Years} fiscal years ended by {Amounts.Date(context.AsOf)}, but the application reports {years.Count}.");
        }
        string period = $"the {rule.Years} fiscal years to {Amounts.Date(years[0].FiscalYearEnd)}";
        var outcomes = rule.Prongs.Select(p => Prong(p, years, threshold.Value, rule.Operator)).ToList();
        var comparedValues = outcomes.Select(o => new ComparedValue($"{o.Prong.Name} share ({rule.Years}-year average)", o.Shown, required)).ToList();
        string all = Words.OneOf(outcomes.Select(o => $"{o.Prong.Name} {o.Shown}"), "and");

        var passing = outcomes.FirstOrDefault(o => o.Outcome == RuleOutcome.Pass);
        if (passing is not null)
            return new CheckResult(RuleOutcome.Pass, comparedValues,
                $"Over {period}, the target population's share of {passing.Prong.Name} is {passing.Shown}; {rule.Operator.Words()} {threshold.Value} is required{Words.Since(threshold, rule.Threshold.IsDated)}: met (one prong suffices; {all}).");
        if (outcomes.Any(o => o.Outcome == RuleOutcome.MissingEvidence))
        {
            var missing = outcomes.Where(o => o.Outcome == RuleOutcome.MissingEvidence).Select(o => o.Prong.Name);
            return new CheckResult(RuleOutcome.MissingEvidence, comparedValues,
                $"No prong reaches {threshold.Value} over {period} ({all}); the target-population part of {Words.OneOf(missing)} is not stated for every year, and could.");
        }
        return new CheckResult(RuleOutcome.Fail, comparedValues,
            $"No prong reaches {threshold.Value} over {period} ({all}): not met.");
    }

    private sealed record ProngOutcome(ShareProng Prong, RuleOutcome Outcome, string Shown);

    private static ProngOutcome Prong(ShareProng prong, IReadOnlyList<FiscalYearFinancials> years, Ratio threshold, ComparisonOperator op)
    {
        var part = FieldCatalog.YearFields[prong.Part];
        var total = FieldCatalog.YearFields[prong.Total];
        decimal parts = 0, totals = 0;
        foreach (var year in years)
        {
            if (part(year) is not { } p || total(year) is not { } t) return new ProngOutcome(prong, RuleOutcome.MissingEvidence, "not stated");
            parts += p;
            totals += t;
        }
        if (totals <= 0) return new ProngOutcome(prong, RuleOutcome.MissingEvidence, "no total to share");
        var share = new Ratio(parts, totals);
        bool passes = op.Holds(share.CompareTo(threshold));
        return new ProngOutcome(prong, passes ? RuleOutcome.Pass : RuleOutcome.Fail, Words.Share(share, threshold));
    }
}
