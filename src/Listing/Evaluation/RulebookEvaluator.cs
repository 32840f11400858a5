using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation.Checks;
using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Evaluation;

/// <summary>
/// Evaluates an application against a rulebook on a day. Each rule goes through the same steps: its effective
/// window, its <c>applies_when</c>, its <c>satisfied_when</c>, then the check of its kind. The evaluator reads no
/// clock: the day is an argument, so the same inputs always give the same result.
/// </summary>
public static class RulebookEvaluator
{
    /// <summary>Evaluates every rule of <paramref name="rulebook"/> against <paramref name="application"/> as of <paramref name="asOf"/>.</summary>
    public static RulebookEvaluation Evaluate(ListingApplication application, Rulebook rulebook, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(rulebook);
        var context = new EvaluationContext(application, rulebook, asOf);
        var results = rulebook.Rules.Select(rule => Evaluate(rule, context)).ToList();
        return new RulebookEvaluation(application.Id, rulebook.Id, rulebook.Name, rulebook.Version, asOf, rulebook.IsInForceOn(asOf), results);
    }

    /// <summary>Evaluates one application against two rulebooks on the same day and aligns the results by criterion.</summary>
    public static RulebookComparison Compare(ListingApplication application, Rulebook left, Rulebook right, DateOnly asOf)
    {
        var l = Evaluate(application, left, asOf);
        var r = Evaluate(application, right, asOf);
        var criteria = l.Results.Select(x => x.Criterion).Concat(r.Results.Select(x => x.Criterion)).Distinct(StringComparer.Ordinal);
        var rows = criteria.Select(c => new ComparisonRow(c,
            l.Results.Where(x => x.Criterion == c).ToList(),
            r.Results.Where(x => x.Criterion == c).ToList())).ToList();
        return new RulebookComparison(l, r, rows);
    }

    private static RuleResult Evaluate(Rule rule, EvaluationContext context)
    {
        var check = Check(rule, context);
        return new RuleResult(rule.Id, rule.Version, rule.Title, rule.Criterion, rule.KindName, check.Outcome, check.Compared, check.Sentence, rule.Sources);
    }

    private static CheckResult Check(Rule rule, EvaluationContext context)
    {
        var asOf = context.AsOf;
        if (rule.EffectiveFrom is { } from && asOf < from)
            return CheckResult.NotApplicable($"Not in force on {Amounts.Date(asOf)}: the rule takes effect on {Amounts.Date(from)}.");
        if (rule.EffectiveUntil is { } until && asOf > until)
            return CheckResult.NotApplicable($"Not in force on {Amounts.Date(asOf)}: the rule ended on {Amounts.Date(until)}.");
        if (rule.AppliesWhen is { } applies)
        {
            var (holds, reason) = ConditionCheck.Evaluate(applies, context);
            if (holds is null) return new CheckResult(RuleOutcome.MissingEvidence, [], $"Cannot tell whether the rule applies: {reason}.");
            if (holds == false) return CheckResult.NotApplicable($"Does not apply: {reason}.");
        }
        if (rule.SatisfiedWhen is { } satisfied && ConditionCheck.Evaluate(satisfied, context).Holds == true)
            return new CheckResult(RuleOutcome.Pass, [], $"Satisfied by construction: {rule.SatisfiedBecause}.");
        return rule switch
        {
            ThresholdRule r => ThresholdCheck.Check(r, context),
            LegalFormRule r => LegalFormCheck.Check(r, context),
            KpiCountRule r => KpiCountCheck.Check(r, context),
            AverageShareRule r => AverageShareCheck.Check(r, context),
            PresenceRule r => PresenceCheck.Check(r, context),
            FlagRule r => FlagCheck.Check(r, context),
            MembershipRule r => MembershipCheck.Check(r, context),
            DateRule r => DateCheck.Check(r, context),
            SegmentRule => SegmentCheck.Check(context),
            _ => throw new InvalidOperationException($"no check for rule kind {rule.KindName}"),
        };
    }
}
