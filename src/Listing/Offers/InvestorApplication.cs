namespace SocialExchange.Listing.Offers;

/// <summary>
/// One investor's application in an offer: how many units it wants and the highest price it will pay (raw engine
/// price units, the instrument's price scale). A null limit is an at-auction application that takes the uncross price.
/// </summary>
/// <param name="Investor">The investor's participant number in the offer engine (2 and up; 1 is the issuer).</param>
/// <param name="Units">Units applied for, a multiple of the instrument's lot.</param>
/// <param name="LimitPrice">Highest price in raw units, or null for at-auction.</param>
/// <param name="Retail">True for a retail investor (counted in the investor base report).</param>
public readonly record struct InvestorApplication(int Investor, long Units, long? LimitPrice, bool Retail);
