namespace SocialExchange.Listing.Issuers;

/// <summary>
/// One fiscal year of financials in the issuer's reporting currency, with the parts that served the target
/// population (the inputs of the India 67% test, domain brief §2.3 (C) [S-44]). Parts are null when not measured.
/// </summary>
/// <param name="FiscalYearEnd">Last day of the fiscal year.</param>
/// <param name="Revenue">Total revenue (for a non-profit: total receipts).</param>
/// <param name="TargetPopulationRevenue">Revenue from eligible activities delivered to the target population.</param>
/// <param name="Expenditure">Total expenditure.</param>
/// <param name="TargetPopulationExpenditure">Expenditure on eligible activities for the target population.</param>
/// <param name="Beneficiaries">Customers or beneficiaries served in the year.</param>
/// <param name="TargetPopulationBeneficiaries">Of those, members of the target population.</param>
/// <param name="FundingReceived">Grants and donations received (India NPO minimum, §2.4 [S-23]).</param>
/// <param name="Audited">True when the year's statements were audited.</param>
public sealed record FiscalYearFinancials(
    DateOnly FiscalYearEnd,
    decimal Revenue,
    decimal? TargetPopulationRevenue,
    decimal Expenditure,
    decimal? TargetPopulationExpenditure,
    long? Beneficiaries = null,
    long? TargetPopulationBeneficiaries = null,
    decimal? FundingReceived = null,
    bool Audited = false);
