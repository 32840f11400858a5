namespace SocialExchange.Listing.Issuers;

/// <summary>
/// Registrations a non-profit holds; the India SSE registers an NPO only when these are valid (domain brief §2.4
/// [S-23] [S-53]). Null members are "not stated".
/// </summary>
/// <param name="RegistrationValidUntil">End of validity of the legal registration certificate.</param>
/// <param name="TaxExemptionValidUntil">End of validity of the income-tax exemption (India: 12A/12AA/12AB).</param>
/// <param name="DonorDeductionValidUntil">End of validity of the donors' tax-deduction registration (India: 80G).</param>
/// <param name="PendingTaxNotice">True when an income-tax notice or scrutiny is pending.</param>
/// <param name="TaxId">Tax identifier (India: PAN).</param>
/// <param name="NgoRegistryId">Registry id for non-profits (India: NGO Darpan).</param>
public sealed record CharityRegistration(
    DateOnly? RegistrationValidUntil = null,
    DateOnly? TaxExemptionValidUntil = null,
    DateOnly? DonorDeductionValidUntil = null,
    bool? PendingTaxNotice = null,
    string? TaxId = null,
    string? NgoRegistryId = null)
{
    /// <summary>Nothing stated.</summary>
    public static CharityRegistration Empty { get; } = new();
}
