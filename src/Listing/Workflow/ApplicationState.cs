namespace SocialExchange.Listing.Workflow;

/// <summary>
/// Where an application stands on the path to listing (the "esercizio di quotazione" of domain brief §6.2 [I]).
/// </summary>
public enum ApplicationState : byte
{
    Draft = 1,
    EligibilityScreen = 2,
    ImpactDesign = 3,
    ReadinessGapAnalysis = 4,
    AdmissionDocumentDrafting = 5,
    Review = 6,

    /// <summary>The reviewers raised queries; the applicant answers by a deadline, then review resumes.</summary>
    QueriesOpen = 7,
    ApprovedForOffer = 8,
    OfferOpen = 9,
    OfferClosed = 10,

    /// <summary>The minimum subscription was missed and every application refunded; the issuer may redraft or withdraw.</summary>
    Refunded = 11,

    /// <summary>Admitted: the instrument is listed. Terminal for this workflow (ongoing obligations take over).</summary>
    Listed = 12,

    /// <summary>The applicant withdrew. Terminal.</summary>
    Withdrawn = 13,

    /// <summary>The committee rejected the application. Terminal.</summary>
    Rejected = 14,
}
