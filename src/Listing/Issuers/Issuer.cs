namespace SocialExchange.Listing.Issuers;

/// <summary>
/// An organisation that applies to list. Everything a rulebook may check about the organisation itself; the
/// impact thesis, the instrument and the offer belong to the <see cref="Applications.ListingApplication"/>.
/// </summary>
/// <param name="Id">Stable id (slug) of the issuer.</param>
/// <param name="Name">Registered name (fictional in the demo data).</param>
/// <param name="Country">ISO 3166 alpha-2 country of incorporation.</param>
/// <param name="LegalForm">Legal form.</param>
/// <param name="Qualifications">Società benefit, impresa sociale, B Corp.</param>
/// <param name="IncorporationDate">Date of incorporation or registration as an entity.</param>
/// <param name="ReportingCurrency">ISO 4217 currency of <paramref name="Financials"/>.</param>
/// <param name="Statute">Statutory purpose and impact objectives.</param>
/// <param name="Governance">Board, IR, website, impact officer.</param>
/// <param name="Financials">Fiscal years, oldest first; rules use the latest years ending on or before the evaluation date.</param>
/// <param name="Activities">Activity codes the issuer engages in (matched against a rulebook's eligible-activity list).</param>
/// <param name="Characteristics">Facts about the nature of the entity that rulebooks exclude or excuse (e.g. <c>corporate_foundation</c>, <c>housing_company</c>, <c>affordable_housing</c>).</param>
/// <param name="CharityRegistration">Non-profit registrations; null for companies.</param>
public sealed record Issuer(
    string Id,
    string Name,
    string Country,
    LegalForm LegalForm,
    LegalQualifications Qualifications,
    DateOnly IncorporationDate,
    string ReportingCurrency,
    Statute Statute,
    GovernanceFacts Governance,
    IReadOnlyList<FiscalYearFinancials> Financials,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Characteristics,
    CharityRegistration? CharityRegistration = null)
{
    /// <summary>The family of the legal form.</summary>
    public LegalFormGroup LegalFormGroup => LegalForms.GroupOf(LegalForm);

    /// <summary>True when the issuer carries all of <paramref name="qualifications"/>.</summary>
    public bool Has(LegalQualifications qualifications) => (Qualifications & qualifications) == qualifications;

    /// <summary>
    /// The fiscal years that ended on or before <paramref name="asOf"/>, latest first, at most <paramref name="count"/>.
    /// A year that ends after the evaluation date is not yet known and never counts.
    /// </summary>
    public IReadOnlyList<FiscalYearFinancials> YearsEndedBy(DateOnly asOf, int count) =>
        Financials.Where(f => f.FiscalYearEnd <= asOf).OrderByDescending(f => f.FiscalYearEnd).Take(count).ToList();
}
