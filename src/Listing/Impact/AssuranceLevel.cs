namespace SocialExchange.Listing.Impact;

/// <summary>Who vouches for a reported figure (domain brief §6.1: SELF | EXTERNAL_ASSESSOR | AUDIT).</summary>
public enum AssuranceLevel : byte
{
    /// <summary>Self-certified by the issuer.</summary>
    SelfReported = 1,

    /// <summary>Assessed by an independent impact assessor (India: a Social Impact Assessment Organisation [S-32]).</summary>
    ExternalAssessor = 2,

    /// <summary>Audited (reasonable assurance).</summary>
    Audit = 3,
}
