using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Obligations;
using SocialExchange.Listing.Values;
using SocialExchange.Listing.Workflow;

namespace SocialExchange.Listing.Storage;

/// <summary>Turns the decisions Listing makes into audit entries, one wording per kind of decision.</summary>
public static class AuditEntries
{
    /// <summary>A workflow transition: from, to, action, why, under which rulebook version.</summary>
    public static AuditEntry Of(string applicationId, TransitionRecord t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(applicationId, "workflow", t.Actor, t.At,
            $"{t.Action}: {t.From} -> {t.To} under {t.RulebookId} {t.RulebookVersion}{(t.Reason is null ? "" : "; " + t.Reason)}");
    }

    /// <summary>A rulebook evaluation with its verdict and the rules that failed or lack evidence.</summary>
    public static AuditEntry Of(RulebookEvaluation e, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(e);
        var open = e.Results.Where(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.MissingEvidence).Select(r => $"{r.RuleId} {r.Outcome}");
        return new(e.ApplicationId, "evaluation", actor, at,
            $"{e.RulebookId} {e.RulebookVersion} as of {Amounts.Date(e.AsOf)}: {e.Verdict}" + (open.Any() ? " (" + string.Join(", ", open) + ")" : ""));
    }

    /// <summary>An obligation status change of an issuer, with the reasons.</summary>
    public static AuditEntry Of(string issuerId, ComplianceStatus from, ComplianceAssessment a, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(issuerId, "obligation", actor, at,
            $"{from} -> {a.Status} as of {Amounts.Date(a.AsOf)}" + (a.Reasons.Count > 0 ? ": " + string.Join("; ", a.Reasons) : ""));
    }
}
