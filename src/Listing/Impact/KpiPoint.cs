namespace SocialExchange.Listing.Impact;

/// <summary>A KPI value at a date: a baseline measured, or a target to reach.</summary>
public readonly record struct KpiPoint(decimal Value, DateOnly Date);
