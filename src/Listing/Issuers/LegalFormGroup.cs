namespace SocialExchange.Listing.Issuers;

/// <summary>Families of legal forms that rules refer to ("capital companies only", "non-profit forms").</summary>
public enum LegalFormGroup : byte
{
    /// <summary>Società di capitali: S.p.A., S.r.l., S.a.p.a.</summary>
    CapitalCompany = 1,

    /// <summary>Cooperatives, social cooperatives included.</summary>
    Cooperative = 2,

    /// <summary>Partnerships (società di persone).</summary>
    Partnership = 3,

    /// <summary>Non-profit forms: associations, foundations, trusts, societies, not-for-profit companies.</summary>
    NonProfit = 4,
}
