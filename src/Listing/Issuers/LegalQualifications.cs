namespace SocialExchange.Listing.Issuers;

/// <summary>Statutory qualifications an issuer carries on top of its <see cref="LegalForm"/>.</summary>
[Flags]
public enum LegalQualifications : byte
{
    None = 0,

    /// <summary>Società benefit (L. 208/2015, c. 376–384): common-benefit purposes written into the statutory purpose [S-126].</summary>
    SocietaBenefit = 1,

    /// <summary>Impresa sociale (D.Lgs. 112/2017): general-interest activity without profit purpose, dividends capped [S-134].</summary>
    ImpresaSociale = 2,

    /// <summary>Certified B Corp (verified B Impact Assessment score of at least 80) [S-131].</summary>
    BCorp = 4,
}
