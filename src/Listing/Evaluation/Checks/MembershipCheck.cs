using SocialExchange.Listing.Rulebooks;

namespace SocialExchange.Listing.Evaluation.Checks;

/// <summary>
/// <see cref="MembershipRule"/>. any_of: at least one stated code is listed; none stated is missing evidence.
/// none_of: no stated code is listed, unless excused; an empty list states that none applies and passes.
/// </summary>
internal static class MembershipCheck
{
    public static CheckResult Check(MembershipRule rule, EvaluationContext context)
    {
        var label = EvaluationContext.Label(rule.Field);
        var value = context.Read(rule.Field);
        IReadOnlyList<string> items = value.Kind == FieldKind.Text ? (value.IsMissing ? [] : [value.Text!]) : value.Items ?? [];
        string actual = items.Count == 0 ? "none stated" : string.Join(", ", items);
        // Short lists are spelled out; long ones (16 eligible activities) are counted.
        string list = rule.Values.Count <= 4 ? $"the rule's list ({string.Join(", ", rule.Values.Select(Words.Humanize))})" : $"the rule's list of {rule.Values.Count}";
        if (!rule.Exclude)
        {
            var compared = new[] { new ComparedValue(label, actual, rule.Values.Count <= 4 ? "one of: " + string.Join(", ", rule.Values) : $"one of the {rule.Values.Count} listed") };
            if (items.Count == 0)
                return new CheckResult(RuleOutcome.MissingEvidence, compared, $"The application states no {label}; one on {list} is required.");
            var matches = items.Where(rule.Values.Contains).Select(Words.Humanize).ToList();
            var stated = items.Select(Words.Humanize).ToList();
            return matches.Count > 0
                ? new CheckResult(RuleOutcome.Pass, compared, $"{Words.Capitalise(Words.OneOf(matches, "and"))} {(matches.Count == 1 ? "is" : "are")} on {list}: met.")
                : new CheckResult(RuleOutcome.Fail, compared, $"The {label} stated ({Words.OneOf(stated, "and")}) {(stated.Count == 1 ? "is" : "are")} not on {list}: not met.");
        }

        var hits = items.Where(rule.Values.Contains).ToList();
        var excused = hits.Where(h => rule.Unless.TryGetValue(h, out var excuse) && items.Contains(excuse)).ToList();
        var excluded = hits.Except(excused).ToList();
        var comparedExcluded = new[] { new ComparedValue(label, actual, "none of: " + string.Join(", ", rule.Values)) };
        string excuses = excused.Count == 0 ? "" : $" ({string.Join("; ", excused.Select(e => $"{Words.Humanize(e)} is excused by {Words.Humanize(rule.Unless[e])}"))})";
        return excluded.Count == 0
            ? new CheckResult(RuleOutcome.Pass, comparedExcluded, $"None of the excluded categories applies{excuses}: met.")
            : new CheckResult(RuleOutcome.Fail, comparedExcluded, $"The issuer is excluded as {Words.OneOf(excluded.Select(Words.Humanize), "and")}{excuses}: not met.");
    }
}
