using System.Text;
using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Exercise;

/// <summary>Writes an <see cref="ExerciseReport"/> as Markdown for the committee.</summary>
public static class MarkdownReportWriter
{
    /// <summary>The report as Markdown, sections in a fixed order: summary, rules, gaps, offer, costs, benefits, assumptions.</summary>
    public static string Write(ExerciseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        string money(decimal v) => Amounts.Money(v, report.Currency);
        md.AppendLine($"# Listing exercise: {report.Issuer}");
        md.AppendLine();
        md.AppendLine($"Application `{report.Application}`, instrument {report.Instrument}, rulebook `{report.Rulebook}` version {report.RulebookVersion}, as of {Amounts.Date(report.AsOf)}.");
        md.AppendLine();
        md.AppendLine($"**Verdict: {report.Verdict}.** Segment: {report.Segment ?? "none"} ({report.TradingModel}). Readiness gaps: {report.Gaps.Count}.");
        md.AppendLine();
        md.AppendLine("## Rule evaluation");
        md.AppendLine();
        md.AppendLine("| rule | title | outcome | reason |");
        md.AppendLine("|---|---|---|---|");
        foreach (var r in report.Rules) md.AppendLine($"| {r.RuleId} | {Cell(r.Title)} | {r.Outcome} | {Cell(r.Sentence)} |");
        md.AppendLine();
        md.AppendLine("## Readiness gaps");
        md.AppendLine();
        if (report.Gaps.Count == 0) md.AppendLine("None: every applicable rule passes.");
        foreach (var g in report.Gaps) md.AppendLine($"- **{g.RuleId}** ({g.Kind}): {g.Reason}");
        md.AppendLine();
        md.AppendLine("## Offer");
        md.AppendLine();
        if (report.Offer is not { } o) md.AppendLine("No offer was simulated (see assumptions).");
        else
        {
            md.AppendLine($"- Outcome: {o.Outcome}");
            md.AppendLine($"- Units offered: {Amounts.Number(o.UnitsOffered)}; demand at the floor: {Amounts.Number(o.DemandCoverage)}x");
            md.AppendLine($"- Uniform price: {Amounts.Number(o.UniformPrice)}");
            md.AppendLine($"- Capital raised: {Amounts.Money(o.CapitalRaised, o.Currency)}; refunds: {Amounts.Money(o.Refunds, o.Currency)}");
            md.AppendLine($"- Investors allotted: {o.InvestorsAllotted} (retail {o.RetailInvestorsAllotted})");
            foreach (var p in o.Problems) md.AppendLine($"- Refused: {p}");
        }
        md.AppendLine();
        md.AppendLine("## Costs and burden");
        md.AppendLine();
        md.AppendLine("| item | when | amount | hours | basis |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var c in report.Costs)
            md.AppendLine($"| {Cell(c.Label)} | {c.Kind}{(c.Kind.Contains("per change", StringComparison.Ordinal) ? $" × {c.Quantity}" : "")} | {money(c.Amount)} | {(c.Hours is { } h ? Amounts.Number(h) : "")} | {c.Basis} |");
        md.AppendLine();
        md.AppendLine($"One-off: {money(report.OneOffCost)}; annual: {money(report.AnnualCost)}.");
        md.AppendLine();
        md.AppendLine("## Benefits");
        md.AppendLine();
        string converted = report.CapitalExchangeRate is { } rate && report.CapitalRaisedInCostCurrency is { } inCostCurrency
            ? $" ({Amounts.Money(inCostCurrency, report.Currency)} at {Amounts.Number(rate.PerCostCurrency)} {rate.Currency} per {report.Currency})"
            : "";
        md.AppendLine($"- Capital raised: {Amounts.Money(report.Offer?.CapitalRaised ?? 0, report.Offer?.Currency ?? report.Currency)}{converted}");
        md.AppendLine($"- Investor base: {report.Offer?.InvestorsAllotted ?? 0} investors");
        md.AppendLine(report.OneOffCostShareOfCapital is { } share
            ? $"- One-off costs as a share of capital raised: {Amounts.Number(share * 100)}%"
            : "- One-off costs as a share of capital raised: not computed (nothing raised, or no exchange rate between the cost and capital currencies)");
        md.AppendLine($"- Expected secondary liquidity: {report.ExpectedLiquidity}");
        md.AppendLine();
        md.AppendLine("## Assumptions");
        md.AppendLine();
        foreach (var a in report.Assumptions) md.AppendLine($"- {a}");
        return md.ToString();
    }

    // A pipe would end a table cell early.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
