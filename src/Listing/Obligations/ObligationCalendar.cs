using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Evaluation.Checks;
using SocialExchange.Listing.Rulebooks;

namespace SocialExchange.Listing.Obligations;

/// <summary>
/// The reporting calendar of a listed issuer under a rulebook: every periodic obligation's period ends between two
/// dates (from the issuer's fiscal-year end) with their deadlines, plus event disclosures for given event dates.
/// Deadlines come from the rulebook's <see cref="ObligationTemplate"/>s, so a dated change of a deadline or an
/// announced extension applies as the rulebook says. Never reads the clock.
/// </summary>
public static class ObligationCalendar
{
    /// <summary>
    /// Reports whose period ends in [<paramref name="from"/>, <paramref name="to"/>], ordered by due date.
    /// <paramref name="fiscalYearEnd"/> is any one fiscal-year end (e.g. 2025-12-31); periods step from it.
    /// <paramref name="asOf"/> decides which announced extensions are known. With an application, obligations whose
    /// <c>applies_when</c> does not hold for it are left out (one that cannot be told is kept: better owed than missed).
    /// </summary>
    public static IReadOnlyList<ObligationDue> Build(
        Rulebook rulebook, ListingApplication? application, DateOnly fiscalYearEnd, DateOnly from, DateOnly to, DateOnly asOf, IReadOnlyList<DateOnly>? events = null)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        var result = new List<ObligationDue>();
        foreach (var template in rulebook.Obligations)
        {
            if (application is not null && template.AppliesWhen is { } applies
                && ConditionCheck.Evaluate(applies, new EvaluationContext(application, rulebook, asOf)).Holds == false)
                continue;
            var periodEnds = template.Trigger switch
            {
                ObligationTrigger.FiscalYearEnd => PeriodEnds(fiscalYearEnd, 12, from, to),
                ObligationTrigger.HalfYearEnd => PeriodEnds(fiscalYearEnd, 6, from, to).Where(d => d != AnyYearEnd(fiscalYearEnd, d)),
                ObligationTrigger.QuarterEnd => PeriodEnds(fiscalYearEnd, 3, from, to).Where(d => d != AnyYearEnd(fiscalYearEnd, d)),
                _ => (events ?? []).Where(d => d >= from && d <= to),
            };
            foreach (var end in periodEnds)
                if (template.DueFor(end, asOf) is { } due)
                    result.Add(new ObligationDue(template.Id, template.Title, template.Kind, end, due.Date, due.Basis));
        }
        return result.OrderBy(d => d.Due).ThenBy(d => d.ObligationId, StringComparer.Ordinal).ToList();
    }

    // Period ends every `months` months from a fiscal-year end, kept on month ends (30 June, not 31 June).
    private static IEnumerable<DateOnly> PeriodEnds(DateOnly yearEnd, int months, DateOnly from, DateOnly to)
    {
        var anchor = new DateOnly(yearEnd.Year, yearEnd.Month, 1);
        int back = ((anchor.Year - from.Year) * 12 + anchor.Month - from.Month) / months + 1;
        for (var month = anchor.AddMonths(-back * months); ; month = month.AddMonths(months))
        {
            var end = month.AddMonths(1).AddDays(-1);
            if (end > to) yield break;
            if (end >= from) yield return end;
        }
    }

    // The fiscal-year end falling in the same month as `d`, if `d` is one (half-year and quarter reports skip it:
    // the annual report covers that period).
    private static DateOnly AnyYearEnd(DateOnly yearEnd, DateOnly d) =>
        d.Month == yearEnd.Month ? d : DateOnly.MinValue;
}
