using SocialExchange.Listing.Issuers;
using SocialExchange.Listing.Rulebooks;
using SocialExchange.Listing.Yaml;

namespace SocialExchange.Listing.Evaluation.Checks;

/// <summary>Evaluates a <see cref="RuleCondition"/>: true, false (with the part that failed) or unknown (a flag not stated).</summary>
internal static class ConditionCheck
{
    public static (bool? Holds, string Reason) Evaluate(RuleCondition condition, EvaluationContext context)
    {
        var application = context.Application;
        var issuer = application.Issuer;
        if (condition.InstrumentKinds.Count > 0 && !condition.InstrumentKinds.Contains(application.Instrument.Kind))
            return (false, $"the instrument is {Words.A(Words.Humanize(YamlView.SnakeCase(application.Instrument.Kind)))}, not {Words.A(Words.OneOf(condition.InstrumentKinds.Select(k => Words.Humanize(YamlView.SnakeCase(k)))))}");
        if (condition.LegalForms.Count > 0 && !condition.LegalForms.Contains(issuer.LegalForm))
            return (false, $"the issuer is {Words.A(Words.Humanize(YamlView.SnakeCase(issuer.LegalForm)))}, not {Words.A(Words.OneOf(condition.LegalForms.Select(f => Words.Humanize(YamlView.SnakeCase(f)))))}");
        if (condition.LegalFormGroups.Count > 0 && !condition.LegalFormGroups.Contains(issuer.LegalFormGroup))
            return (false, $"the issuer's legal form ({Words.Humanize(YamlView.SnakeCase(issuer.LegalForm))}) is not {Words.A(Words.OneOf(condition.LegalFormGroups.Select(g => Words.Humanize(YamlView.SnakeCase(g)))))} form");
        if (condition.Qualifications.Count > 0 && !condition.Qualifications.Any(q => issuer.Has(q)))
            return (false, $"the issuer is not {Words.A(Words.OneOf(condition.Qualifications.Select(q => Words.Humanize(YamlView.SnakeCase(q)))))}");
        foreach (var (field, expected) in condition.Flags)
        {
            var value = context.Read(field);
            if (value.Flag is null) return (null, $"the {EvaluationContext.Label(field)} is not stated");
            if (value.Flag != expected) return (false, $"{EvaluationContext.Label(field)}: {(expected ? "no" : "yes")}");
        }
        foreach (var field in condition.Present)
        {
            if (context.Read(field).IsMissing) return (false, $"the {EvaluationContext.Label(field)} is not stated");
        }
        return (true, "");
    }
}
