using SocialExchange.Matching.Accounts;

namespace SocialExchange.Matching.Instruments;

/// <summary>
/// An instrument's rules for accounts, set by Listing from its segment's rulebook on admission. They apply only
/// when the engine keeps accounts (<see cref="Engine.EngineOptions.Accounts"/>).
/// </summary>
public sealed record AccountRules
{
    /// <summary>Categories of participant that may place orders (e.g. professionals only where the rulebook says so).</summary>
    public ParticipantCategories EligibleCategories { get; init; } = ParticipantCategories.All;

    /// <summary>Fee of the order that rested (was in the book first), in basis points of the trade value; auction trades pay it on both sides.</summary>
    public long MakerFeeBps { get; init; }

    /// <summary>Fee of the incoming order that took liquidity, in basis points of the trade value.</summary>
    public long TakerFeeBps { get; init; }

    /// <summary>
    /// Engine time from trade to settlement (T+n): bought units and sale proceeds stay pending until then. Zero
    /// settles at once, as a simulation usually wants.
    /// </summary>
    public long SettlementDelay { get; init; }

    /// <summary>Largest dividend per unit, in cash units, of a capped-dividend share; zero for no cap.</summary>
    public long DividendCapPerUnit { get; init; }

    /// <summary>No restriction, no fee, immediate settlement, no cap.</summary>
    public static AccountRules Default { get; } = new();

    /// <summary>Every problem with the rules, each naming its field.</summary>
    public IEnumerable<string> Validate()
    {
        if ((EligibleCategories & ~ParticipantCategories.All) != 0 || EligibleCategories == ParticipantCategories.None)
            yield return $"EligibleCategories must name at least one participant category, was {EligibleCategories}";
        if (MakerFeeBps is < 0 or > 10_000) yield return $"MakerFeeBps must be 0 to 10000, was {MakerFeeBps}";
        if (TakerFeeBps is < 0 or > 10_000) yield return $"TakerFeeBps must be 0 to 10000, was {TakerFeeBps}";
        if (SettlementDelay < 0) yield return $"SettlementDelay must not be negative, was {SettlementDelay}";
        if (DividendCapPerUnit < 0) yield return $"DividendCapPerUnit must not be negative, was {DividendCapPerUnit}";
    }
}
