namespace SocialExchange.Listing.Obligations;

/// <summary>An issuer's standing on its ongoing obligations, from good to delisted; each step is more severe.</summary>
public enum ComplianceStatus
{
    /// <summary>Every report due is filed on time.</summary>
    Good = 0,

    /// <summary>A report is late, or was filed late recently: public warning.</summary>
    Watchlist = 1,

    /// <summary>A report is long overdue: trading in the issuer's instruments is halted.</summary>
    Suspended = 2,

    /// <summary>A report is overdue beyond the delisting period: the instruments leave the market.</summary>
    Delisted = 3,
}
