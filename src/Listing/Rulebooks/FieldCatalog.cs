using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Issuers;
using SocialExchange.Listing.Yaml;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// The vocabulary of rulebooks: every application field a rule may name, with its kind. A rulebook that names a
/// field not in the catalog, or uses a field with a rule kind that does not fit it, is refused at load time.
/// Adding a field here is the one code change a new kind of fact needs; thresholds and lists stay in the files.
/// </summary>
public static class FieldCatalog
{
    private static readonly Dictionary<string, FieldDefinition> Fields = Build().ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Every field, by name.</summary>
    public static IReadOnlyDictionary<string, FieldDefinition> All => Fields;

    /// <summary>The field <paramref name="name"/>, or null.</summary>
    public static FieldDefinition? Find(string name) => Fields.GetValueOrDefault(name);

    /// <summary>Per-year fields of <see cref="FiscalYearFinancials"/> that share rules (the 67% test) may name.</summary>
    public static IReadOnlyDictionary<string, Func<FiscalYearFinancials, decimal?>> YearFields { get; } =
        new Dictionary<string, Func<FiscalYearFinancials, decimal?>>(StringComparer.Ordinal)
        {
            ["revenue"] = f => f.Revenue,
            ["target_population_revenue"] = f => f.TargetPopulationRevenue,
            ["expenditure"] = f => f.Expenditure,
            ["target_population_expenditure"] = f => f.TargetPopulationExpenditure,
            ["beneficiaries"] = f => f.Beneficiaries,
            ["target_population_beneficiaries"] = f => f.TargetPopulationBeneficiaries,
            ["funding_received"] = f => f.FundingReceived,
        };

    private static IEnumerable<FieldDefinition> Build()
    {
        FieldDefinition F(string name, FieldKind kind, string label, Func<ListingApplication, DateOnly, FieldValue> read) => new(name, kind, label, read);
        static FiscalYearFinancials? Latest(ListingApplication a, DateOnly asOf) => a.Issuer.YearsEndedBy(asOf, 1).FirstOrDefault();

        // Issuer
        yield return F("issuer.legal_form", FieldKind.Text, "legal form", (a, _) => FieldValue.OfText(YamlView.SnakeCase(a.Issuer.LegalForm)));
        yield return F("issuer.country", FieldKind.Text, "country", (a, _) => FieldValue.OfText(a.Issuer.Country));
        yield return F("issuer.incorporation_date", FieldKind.Date, "incorporation date", (a, _) => FieldValue.OfDate(a.Issuer.IncorporationDate));
        yield return F("issuer.activities", FieldKind.List, "activities", (a, _) => FieldValue.OfList(a.Issuer.Activities));
        yield return F("issuer.characteristics", FieldKind.List, "characteristics", (a, _) => FieldValue.OfList(a.Issuer.Characteristics));
        yield return F("statute.purpose", FieldKind.Text, "statutory purpose", (a, _) => FieldValue.OfText(a.Issuer.Statute.Purpose));
        yield return F("statute.common_benefit_purposes", FieldKind.List, "common-benefit purposes in the statute", (a, _) => FieldValue.OfList(a.Issuer.Statute.CommonBenefitPurposes));
        yield return F("statute.impact_objectives", FieldKind.List, "impact objectives in the statute", (a, _) => FieldValue.OfList(a.Issuer.Statute.ImpactObjectives));
        yield return F("statute.profit_distribution_capped", FieldKind.Flag, "profit distribution capped by statute", (a, _) => FieldValue.OfFlag(a.Issuer.Statute.ProfitDistributionCapped));

        // Governance
        yield return F("governance.board_size", FieldKind.Number, "board size", (a, _) => FieldValue.OfNumber(a.Issuer.Governance.BoardSize));
        yield return F("governance.independent_directors", FieldKind.Number, "number of independent directors", (a, _) => FieldValue.OfNumber(a.Issuer.Governance.IndependentDirectors));
        yield return F("governance.investor_relations_manager", FieldKind.Text, "investor-relations manager", (a, _) => FieldValue.OfText(a.Issuer.Governance.InvestorRelationsManager));
        yield return F("governance.website", FieldKind.Text, "website", (a, _) => FieldValue.OfText(a.Issuer.Governance.Website));
        yield return F("governance.impact_officer", FieldKind.Text, "person responsible for impact", (a, _) => FieldValue.OfText(a.Issuer.Governance.ImpactOfficer));
        yield return F("governance.materiality_policy", FieldKind.Flag, "materiality policy for impact events", (a, _) => FieldValue.OfFlag(a.Issuer.Governance.MaterialityPolicy));

        // Financials: "latest" is the last fiscal year ended on or before the evaluation date.
        yield return F("financials.years_reported", FieldKind.Number, "number of fiscal years reported", (a, asOf) => FieldValue.OfNumber(a.Issuer.YearsEndedBy(asOf, int.MaxValue).Count));
        yield return F("financials.latest.fiscal_year_end", FieldKind.Date, "end of the latest fiscal year", (a, asOf) => FieldValue.OfDate(Latest(a, asOf)?.FiscalYearEnd));
        yield return F("financials.latest.revenue", FieldKind.Money, "revenue of the latest fiscal year", (a, asOf) => FieldValue.OfMoney(Latest(a, asOf)?.Revenue, a.Issuer.ReportingCurrency));
        yield return F("financials.latest.expenditure", FieldKind.Money, "expenditure of the latest fiscal year", (a, asOf) => FieldValue.OfMoney(Latest(a, asOf)?.Expenditure, a.Issuer.ReportingCurrency));
        yield return F("financials.latest.funding_received", FieldKind.Money, "funding received in the latest fiscal year", (a, asOf) => FieldValue.OfMoney(Latest(a, asOf)?.FundingReceived, a.Issuer.ReportingCurrency));
        yield return F("financials.latest.audited", FieldKind.Flag, "latest financial statements audited", (a, asOf) => FieldValue.OfFlag(Latest(a, asOf)?.Audited));

        // Non-profit registrations
        yield return F("charity.registration_valid_until", FieldKind.Date, "validity of the legal registration", (a, _) => FieldValue.OfDate(a.Issuer.CharityRegistration?.RegistrationValidUntil));
        yield return F("charity.tax_exemption_valid_until", FieldKind.Date, "validity of the income-tax exemption", (a, _) => FieldValue.OfDate(a.Issuer.CharityRegistration?.TaxExemptionValidUntil));
        yield return F("charity.donor_deduction_valid_until", FieldKind.Date, "validity of the donors' tax-deduction registration", (a, _) => FieldValue.OfDate(a.Issuer.CharityRegistration?.DonorDeductionValidUntil));
        yield return F("charity.pending_tax_notice", FieldKind.Flag, "pending income-tax notice or scrutiny", (a, _) => FieldValue.OfFlag(a.Issuer.CharityRegistration?.PendingTaxNotice));
        yield return F("charity.tax_id", FieldKind.Text, "tax identifier", (a, _) => FieldValue.OfText(a.Issuer.CharityRegistration?.TaxId));
        yield return F("charity.ngo_registry_id", FieldKind.Text, "non-profit registry id", (a, _) => FieldValue.OfText(a.Issuer.CharityRegistration?.NgoRegistryId));

        // Impact thesis
        yield return F("impact.objectives", FieldKind.List, "declared impact objectives", (a, _) => FieldValue.OfList(a.Impact.Objectives));
        yield return F("impact.theory_of_change", FieldKind.Text, "theory of change", (a, _) => FieldValue.OfText(a.Impact.TheoryOfChange));
        yield return F("impact.target_population", FieldKind.Text, "target population", (a, _) => FieldValue.OfText(a.Impact.TargetPopulation));
        yield return F("impact.under_served_area", FieldKind.Text, "under-served area", (a, _) => FieldValue.OfText(a.Impact.UnderServedArea));
        yield return F("impact.contribution", FieldKind.Text, "contribution (counterfactual)", (a, _) => FieldValue.OfText(a.Impact.Contribution));
        yield return F("impact.dimensions.what", FieldKind.Text, "IMP dimension What", (a, _) => FieldValue.OfText(a.Impact.Dimensions.What));
        yield return F("impact.dimensions.who", FieldKind.Text, "IMP dimension Who", (a, _) => FieldValue.OfText(a.Impact.Dimensions.Who));
        yield return F("impact.dimensions.how_much", FieldKind.Text, "IMP dimension How much", (a, _) => FieldValue.OfText(a.Impact.Dimensions.HowMuch));
        yield return F("impact.dimensions.contribution", FieldKind.Text, "IMP dimension Contribution", (a, _) => FieldValue.OfText(a.Impact.Dimensions.Contribution));
        yield return F("impact.dimensions.risk", FieldKind.Text, "IMP dimension Risk", (a, _) => FieldValue.OfText(a.Impact.Dimensions.Risk));

        // Instrument
        yield return F("instrument.kind", FieldKind.Text, "instrument kind", (a, _) => FieldValue.OfText(YamlView.SnakeCase(a.Instrument.Kind)));
        yield return F("instrument.transferable", FieldKind.Flag, "instrument transferable", (a, _) => FieldValue.OfFlag(a.Instrument.Transferable));
        yield return F("instrument.coupon_pct", FieldKind.Share, "coupon", (a, _) => FieldValue.OfPercent(a.Instrument.CouponPct));
        yield return F("instrument.dividend_cap_pct", FieldKind.Share, "dividend cap", (a, _) => FieldValue.OfPercent(a.Instrument.DividendCapPct));

        // Offer (amounts in the instrument's currency)
        yield return F("offer.size", FieldKind.Money, "issue size", (a, _) => FieldValue.OfMoney(a.Offer.Size, a.Instrument.Currency));
        yield return F("offer.minimum_application", FieldKind.Money, "minimum application size", (a, _) => FieldValue.OfMoney(a.Offer.MinimumApplication, a.Instrument.Currency));
        yield return F("offer.minimum_subscription_pct", FieldKind.Share, "minimum subscription", (a, _) => FieldValue.OfPercent(a.Offer.MinimumSubscriptionPct));
        yield return F("offer.window_working_days", FieldKind.Number, "offer window (working days)", (a, _) => FieldValue.OfNumber(a.Offer.WindowWorkingDays));
        yield return F("offer.free_float_pct", FieldKind.Share, "free float", (a, _) => FieldValue.OfPercent(a.Offer.FreeFloatPct));
        yield return F("offer.institutional_placement_pct", FieldKind.Share, "share capital placed with institutional investors", (a, _) => FieldValue.OfPercent(a.Offer.InstitutionalPlacementPct));
        yield return F("offer.institutional_investors", FieldKind.Number, "number of institutional investors in the placement", (a, _) => FieldValue.OfNumber(a.Offer.InstitutionalInvestors));
        yield return F("offer.retail_tranche", FieldKind.Flag, "retail tranche offered", (a, _) => FieldValue.OfFlag(a.Offer.RetailTranche));
        yield return F("offer.per_unit_project", FieldKind.Flag, "project implementable per unit", (a, _) => FieldValue.OfFlag(a.Offer.PerUnitProject));
        yield return F("offer.advisor", FieldKind.Text, "listing advisor", (a, _) => FieldValue.OfText(a.Offer.Advisor));
        yield return F("offer.specialist", FieldKind.Text, "specialist", (a, _) => FieldValue.OfText(a.Offer.Specialist));
        yield return F("offer.registrar", FieldKind.Text, "registrar to the issue", (a, _) => FieldValue.OfText(a.Offer.Registrar));

        // Admission document
        yield return F("admission.financial_section", FieldKind.Text, "financial section of the admission document", (a, _) => FieldValue.OfText(a.AdmissionDocument.FinancialSection));
        yield return F("admission.measurement_method", FieldKind.Text, "impact measurement method", (a, _) => FieldValue.OfText(a.AdmissionDocument.MeasurementMethod));
        yield return F("admission.risks", FieldKind.List, "risk factors", (a, _) => FieldValue.OfList(a.AdmissionDocument.Risks));
        yield return F("admission.use_of_proceeds.under_served_pct", FieldKind.Share, "share of proceeds to under-capitalised areas or under-served groups", (a, _) => FieldValue.OfPercent(a.AdmissionDocument.UnderServedProceedsPct));
        yield return F("admission.reporting.impact_report_days", FieldKind.Number, "deadline of the annual impact report (days after fiscal-year end)", (a, _) => FieldValue.OfNumber(a.AdmissionDocument.Reporting.ImpactReportDays));
        yield return F("admission.reporting.impact_report_coverage_pct", FieldKind.Share, "impact-report coverage of programme expenditure", (a, _) => FieldValue.OfPercent(a.AdmissionDocument.Reporting.ImpactReportCoveragePct));
        yield return F("admission.reporting.event_disclosure_days", FieldKind.Number, "deadline for disclosing a material impact event (days)", (a, _) => FieldValue.OfNumber(a.AdmissionDocument.Reporting.EventDisclosureDays));
        yield return F("admission.reporting.fund_utilisation", FieldKind.Text, "frequency of fund-utilisation statements",
            (a, _) => FieldValue.OfText(a.AdmissionDocument.Reporting.FundUtilisation is { } f ? YamlView.SnakeCase(f) : null));
        yield return F("admission.reporting.impact_assurance", FieldKind.Text, "assurance of the impact report",
            (a, _) => FieldValue.OfText(a.AdmissionDocument.Reporting.ImpactAssurance is { } l ? YamlView.SnakeCase(l) : null));
    }
}
