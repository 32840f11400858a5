namespace SocialExchange.Listing.Obligations;

/// <summary>The coupon of an impact-linked bond after its observation date, with the reason.</summary>
public sealed record CouponDecision(decimal BaseCouponPct, int StepUpBps, decimal CouponPct, string Reason);
