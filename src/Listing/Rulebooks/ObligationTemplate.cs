using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// A continuing obligation of a rulebook: what is due, counted from which trigger, by when (effective-dated, with
/// per-period overrides). The ongoing-obligations part of issue 5 builds the calendar of a listed issuer from these.
/// </summary>
public sealed record ObligationTemplate
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required ObligationKind Kind { get; init; }
    public required ObligationTrigger Trigger { get; init; }

    /// <summary>Time allowed after the trigger, by the trigger's date.</summary>
    public required ParameterSchedule<DateOffset> Due { get; init; }

    /// <summary>Deadlines set for particular periods by later decisions.</summary>
    public IReadOnlyList<DeadlineOverride> Overrides { get; init; } = [];

    /// <summary>Share of programme expenditure the report must cover, by date; null when the rulebook sets none.</summary>
    public ParameterSchedule<Ratio>? Coverage { get; init; }

    /// <summary>Who the obligation applies to.</summary>
    public RuleCondition? AppliesWhen { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
    public string? Note { get; init; }
    public int Line { get; init; }

    /// <summary>
    /// The deadline for the period or event of <paramref name="trigger"/>, as known on <paramref name="asOf"/>: the
    /// latest override announced by then for that period, else the offset in force on the trigger date. Null when
    /// no offset is in force on the trigger date (the obligation did not exist yet).
    /// </summary>
    public DueDate? DueFor(DateOnly trigger, DateOnly asOf)
    {
        var over = Overrides.Where(o => o.PeriodEnd == trigger && o.AnnouncedOn <= asOf).OrderBy(o => o.AnnouncedOn).LastOrDefault();
        if (over is not null)
            return new DueDate(over.Due, $"set for the period ending {Amounts.Date(trigger)} by the decision of {Amounts.Date(over.AnnouncedOn)}{Cite(over.Source)}");
        var offset = Due.InForceOn(trigger);
        if (offset is null) return null;
        return new DueDate(offset.Value.ApplyTo(trigger), $"{offset.Value.Length} after {TriggerWords} of {Amounts.Date(trigger)}{Cite(offset.Source)}");
    }

    private string TriggerWords => Trigger switch
    {
        ObligationTrigger.FiscalYearEnd => "the fiscal-year end",
        ObligationTrigger.HalfYearEnd => "the half-year end",
        ObligationTrigger.QuarterEnd => "the quarter end",
        _ => "the event",
    };

    private static string Cite(string? source) => source is null ? "" : $" [{source}]";
}
