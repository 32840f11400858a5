namespace SocialExchange.Listing.Impact;

/// <summary>How often a KPI is measured and reported.</summary>
public enum ReportingFrequency : byte
{
    Monthly = 1,
    Quarterly = 2,
    HalfYearly = 3,
    Annual = 4,
}
