using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Yaml;

namespace SocialExchange.Listing.Evaluation.Checks;

/// <summary><see cref="LegalFormRule"/>: the form is listed, or its group is.</summary>
internal static class LegalFormCheck
{
    public static CheckResult Check(LegalFormRule rule, EvaluationContext context)
    {
        var issuer = context.Application.Issuer;
        string form = Words.Humanize(YamlView.SnakeCase(issuer.LegalForm));
        string group = Words.Humanize(YamlView.SnakeCase(issuer.LegalFormGroup));
        var admitted = rule.Forms.Select(f => Words.Humanize(YamlView.SnakeCase(f)))
            .Concat(rule.Groups.Select(g => Words.Humanize(YamlView.SnakeCase(g)) + " forms")).ToList();
        var compared = new[] { new ComparedValue("legal form", $"{form} ({group})", "one of: " + string.Join(", ", admitted)) };
        bool passes = rule.Forms.Contains(issuer.LegalForm) || rule.Groups.Contains(issuer.LegalFormGroup);
        return passes
            ? new CheckResult(RuleOutcome.Pass, compared, $"The issuer is {Words.A(form)} ({group}), a legal form the rule admits.")
            : new CheckResult(RuleOutcome.Fail, compared, $"The issuer is {Words.A(form)} ({group}); the rule admits only {Words.OneOf(admitted)}.");
    }
}
