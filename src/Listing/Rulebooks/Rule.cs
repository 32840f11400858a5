namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// One rule of a rulebook: an instance of a rule kind configured by the rulebook file. The derived records are
/// the rule kinds; a rulebook's rules are data, never subclasses.
/// </summary>
public abstract record Rule
{
    /// <summary>Rule id, unique in its rulebook (e.g. <c>IND-E1</c>); kept across versions.</summary>
    public required string Id { get; init; }

    /// <summary>Version of this rule; raised when its meaning or parameters change.</summary>
    public required int Version { get; init; }

    /// <summary>What the rule requires, in a short phrase.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The criterion it serves (<c>legal_form</c>, <c>intentionality</c>, <c>measurability</c>, ...); rulebooks are
    /// compared side by side criterion by criterion.
    /// </summary>
    public required string Criterion { get; init; }

    /// <summary>Ids of the sources behind the rule, declared in the rulebook's <c>sources</c>.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Remarks for the committee: inferences, conflicts between sources, boundary decisions.</summary>
    public string? Note { get; init; }

    /// <summary>When the rule applies; null for always.</summary>
    public RuleCondition? AppliesWhen { get; init; }

    /// <summary>When the rule passes without looking further (e.g. a società benefit for statute objectives).</summary>
    public RuleCondition? SatisfiedWhen { get; init; }

    /// <summary>Words used when <see cref="SatisfiedWhen"/> holds.</summary>
    public string? SatisfiedBecause { get; init; }

    /// <summary>First day the rule is in force; null for since the rulebook took effect.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>Last day the rule is in force; null for open-ended.</summary>
    public DateOnly? EffectiveUntil { get; init; }

    /// <summary>Line of the rule in its file.</summary>
    public int Line { get; init; }

    /// <summary>The kind's name as written in files.</summary>
    public abstract string KindName { get; }
}
