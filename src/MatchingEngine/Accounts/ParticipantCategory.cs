namespace SocialExchange.Matching.Accounts;

/// <summary>Who a participant is, for eligibility: a segment's rules say which categories may trade an instrument.</summary>
public enum ParticipantCategory : byte
{
    /// <summary>No account opened (what an unknown participant reads as).</summary>
    None = 0,

    /// <summary>A retail investor.</summary>
    Retail = 1,

    /// <summary>A professional or institutional investor.</summary>
    Professional = 2,

    /// <summary>A market maker or specialist, usually the only category allowed to sell short.</summary>
    MarketMaker = 3,

    /// <summary>An issuer: it holds its own instruments before an offer and pays dividends, coupons and fees.</summary>
    Issuer = 4,

    /// <summary>The promoter committee's own accounts (fees, administrative transfers).</summary>
    Committee = 5,
}
