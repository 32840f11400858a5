namespace SocialExchange.Listing.Exercise;

/// <summary>When a cost falls: once before listing, every year while listed, or once per readiness gap closed.</summary>
public enum CostKind
{
    OneOff = 1,
    Annual = 2,
    PerGap = 3,
}
