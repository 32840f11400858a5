namespace SocialExchange.Listing.Offers;

/// <summary>How an offer ended.</summary>
public enum OfferOutcome
{
    /// <summary>The offer parameters were invalid; nothing was sent to the engine.</summary>
    Invalid = 0,

    /// <summary>Demand met the minimum subscription; the auction uncrossed and units were allotted.</summary>
    Allotted = 1,

    /// <summary>Demand at or above the floor price missed the minimum subscription; every application is refunded.</summary>
    MinimumMissedRefunded = 2,
}
