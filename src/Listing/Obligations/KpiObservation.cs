namespace SocialExchange.Listing.Obligations;

/// <summary>A KPI value observed (and reported) on a day, as used for an impact-linked bond's coupon.</summary>
public readonly record struct KpiObservation(string KpiId, DateOnly ObservedOn, decimal Value);
