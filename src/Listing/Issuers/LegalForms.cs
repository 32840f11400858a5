namespace SocialExchange.Listing.Issuers;

/// <summary>Which <see cref="LegalFormGroup"/> a <see cref="LegalForm"/> belongs to.</summary>
public static class LegalForms
{
    /// <summary>The group of <paramref name="form"/>.</summary>
    public static LegalFormGroup GroupOf(LegalForm form) => form switch
    {
        LegalForm.JointStockCompany or LegalForm.LimitedLiabilityCompany or LegalForm.PartnershipLimitedByShares => LegalFormGroup.CapitalCompany,
        LegalForm.Cooperative or LegalForm.SocialCooperative => LegalFormGroup.Cooperative,
        LegalForm.Partnership => LegalFormGroup.Partnership,
        _ => LegalFormGroup.NonProfit,
    };

    /// <summary>True for società di capitali.</summary>
    public static bool IsCapitalCompany(LegalForm form) => GroupOf(form) == LegalFormGroup.CapitalCompany;

    /// <summary>True for non-profit forms.</summary>
    public static bool IsNonProfit(LegalForm form) => GroupOf(form) == LegalFormGroup.NonProfit;
}
