namespace SocialExchange.Listing.Obligations;

/// <summary>
/// When lateness escalates. The defaults are assumptions for the simulation (no public Borsa rule sets them):
/// any overdue report puts the issuer on the watchlist; 90 days overdue suspends; 365 days overdue delists; a
/// report filed late keeps the issuer on the watchlist for 180 days after filing.
/// </summary>
public sealed record CompliancePolicy(int SuspendAfterDaysOverdue = 90, int DelistAfterDaysOverdue = 365, int WatchlistDaysAfterLateFiling = 180)
{
    /// <summary>The default policy.</summary>
    public static CompliancePolicy Default { get; } = new();
}
