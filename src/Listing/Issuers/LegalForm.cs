namespace SocialExchange.Listing.Issuers;

/// <summary>
/// The legal form an issuer is incorporated in. Società benefit and impresa sociale are not forms but
/// qualifications a form may carry (<see cref="LegalQualifications"/>): an S.p.A., an S.r.l. or a cooperative can be
/// a società benefit (L. 208/2015, domain brief §4.5 [S-126]); any private entity can qualify as an impresa sociale
/// (D.Lgs. 112/2017, §4.7 [S-134]).
/// </summary>
public enum LegalForm : byte
{
    /// <summary>Società per azioni (S.p.A.): a capital company.</summary>
    JointStockCompany = 1,

    /// <summary>Società a responsabilità limitata (S.r.l.): a capital company.</summary>
    LimitedLiabilityCompany = 2,

    /// <summary>Società in accomandita per azioni (S.a.p.a.): a capital company.</summary>
    PartnershipLimitedByShares = 3,

    /// <summary>Società di persone (s.n.c., s.a.s.): not a capital company.</summary>
    Partnership = 4,

    /// <summary>Società cooperativa.</summary>
    Cooperative = 5,

    /// <summary>Cooperativa sociale (L. 381/1991): a cooperative with a social purpose.</summary>
    SocialCooperative = 6,

    /// <summary>Associazione (recognised or not): a non-profit form.</summary>
    Association = 7,

    /// <summary>Fondazione: a non-profit form.</summary>
    Foundation = 8,

    /// <summary>Charitable trust (India: Indian Trusts Act 1882, a state public-trust act or, since Sep 2025, the Registration Act 1908) [S-46] [S-37].</summary>
    CharitableTrust = 9,

    /// <summary>Registered society (India: Societies Registration Act 1860 or, since Sep 2025, a state act) [S-46] [S-37].</summary>
    RegisteredSociety = 10,

    /// <summary>Not-for-profit company (India: Section 8 of the Companies Act 2013, or Section 25 of the 1956 Act) [S-46] [S-37].</summary>
    NotForProfitCompany = 11,
}
