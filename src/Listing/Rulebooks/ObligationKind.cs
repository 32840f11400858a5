namespace SocialExchange.Listing.Rulebooks;

/// <summary>What a continuing obligation asks for (domain brief §6.4).</summary>
public enum ObligationKind : byte
{
    AnnualImpactReport = 1,
    AnnualDisclosure = 2,
    AnnualFinancialReport = 3,
    HalfYearReport = 4,
    EventDisclosure = 5,
    FundUtilisationStatement = 6,
}
