namespace SocialExchange.Matching.Accounts;

/// <summary>A set of <see cref="ParticipantCategory"/> values: the categories allowed to trade an instrument.</summary>
[Flags]
public enum ParticipantCategories : byte
{
    None = 0,
    Retail = 1 << ParticipantCategory.Retail,
    Professional = 1 << ParticipantCategory.Professional,
    MarketMaker = 1 << ParticipantCategory.MarketMaker,
    Issuer = 1 << ParticipantCategory.Issuer,
    Committee = 1 << ParticipantCategory.Committee,

    /// <summary>Every category: the default, no eligibility restriction.</summary>
    All = Retail | Professional | MarketMaker | Issuer | Committee,
}
