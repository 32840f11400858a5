namespace SocialExchange.Listing.Rulebooks;

/// <summary>What starts the clock of an obligation.</summary>
public enum ObligationTrigger : byte
{
    /// <summary>End of the fiscal year.</summary>
    FiscalYearEnd = 1,

    /// <summary>End of the first half of the fiscal year.</summary>
    HalfYearEnd = 2,

    /// <summary>End of a quarter.</summary>
    QuarterEnd = 3,

    /// <summary>The event to disclose.</summary>
    Event = 4,
}
