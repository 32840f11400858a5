using SocialExchange.Listing.Impact;
using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Evaluation.Checks;

/// <summary>
/// <see cref="KpiCountRule"/>: counts the KPIs that have everything required. No KPIs at all is missing evidence;
/// some KPIs but too few complete ones is a failure, with what each incomplete KPI lacks.
/// </summary>
internal static class KpiCountCheck
{
    public static CheckResult Check(KpiCountRule rule, EvaluationContext context)
    {
        var minimum = rule.Minimum.InForceOn(context.AsOf);
        if (minimum is null)
            return CheckResult.NotApplicable($"No minimum is in force on {Amounts.Date(context.AsOf)}.");
        int n = (int)minimum.Value.Approximate;
        var kpis = context.Application.Impact.Kpis;
        string what = Describe(rule.Requires);
        string required = $">= {n} KPIs{(what.Length > 0 ? " with " + what : "")}{Words.Since(minimum, rule.Minimum.IsDated)}";
        if (kpis.Count == 0)
            return new CheckResult(RuleOutcome.MissingEvidence, [new ComparedValue("qualifying KPIs", "no KPIs stated", required)],
                $"The application states no KPIs; the rule requires at least {n}{(what.Length > 0 ? " with " + what : "")}.");
        var lacking = kpis.Select(k => (Kpi: k, Lacks: Lacks(k, rule.Requires, context.AsOf))).ToList();
        int count = lacking.Count(x => x.Lacks.Count == 0);
        var compared = new[] { new ComparedValue("qualifying KPIs", $"{count} of {kpis.Count}", required) };
        string incomplete = string.Join("; ", lacking.Where(x => x.Lacks.Count > 0).Select(x => $"{x.Kpi.Id} lacks {Words.OneOf(x.Lacks, "and")}"));
        if (count >= n)
            return new CheckResult(RuleOutcome.Pass, compared, $"{count} of {kpis.Count} KPIs have {(what.Length > 0 ? what : "what is required")}; at least {n} {(n == 1 ? "is" : "are")} required: met.");
        return new CheckResult(RuleOutcome.Fail, compared,
            $"Only {count} of {kpis.Count} KPIs have {(what.Length > 0 ? what : "what is required")}; at least {n} {(n == 1 ? "is" : "are")} required: not met.{(incomplete.Length > 0 ? $" Incomplete: {incomplete}." : "")}");
    }

    private static List<string> Lacks(Kpi kpi, KpiRequirement requires, DateOnly asOf)
    {
        var lacks = new List<string>();
        if (requires.HasFlag(KpiRequirement.Baseline) && kpi.Baseline is null) lacks.Add("a baseline");
        if ((requires & (KpiRequirement.Target | KpiRequirement.FutureTarget)) != 0 && kpi.Target is null) lacks.Add("a target");
        if (requires.HasFlag(KpiRequirement.FutureTarget) && kpi.Target is { } t && t.Date <= asOf) lacks.Add($"a target dated after {Amounts.Date(asOf)}");
        if (requires.HasFlag(KpiRequirement.IrisMetricId) && string.IsNullOrWhiteSpace(kpi.IrisMetricId)) lacks.Add("an IRIS+ metric id");
        if (requires.HasFlag(KpiRequirement.SdgTarget) && string.IsNullOrWhiteSpace(kpi.SdgTarget)) lacks.Add("an SDG target");
        if (requires.HasFlag(KpiRequirement.DataSource) && string.IsNullOrWhiteSpace(kpi.DataSource)) lacks.Add("a data source");
        return lacks;
    }

    private static string Describe(KpiRequirement requires)
    {
        var parts = new List<string>();
        if (requires.HasFlag(KpiRequirement.Baseline)) parts.Add("a baseline");
        if (requires.HasFlag(KpiRequirement.FutureTarget)) parts.Add("a future-dated target");
        else if (requires.HasFlag(KpiRequirement.Target)) parts.Add("a target");
        if (requires.HasFlag(KpiRequirement.IrisMetricId)) parts.Add("an IRIS+ metric id");
        if (requires.HasFlag(KpiRequirement.SdgTarget)) parts.Add("an SDG target");
        if (requires.HasFlag(KpiRequirement.DataSource)) parts.Add("a data source");
        return Words.OneOf(parts, "and");
    }
}
