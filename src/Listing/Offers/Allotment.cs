namespace SocialExchange.Listing.Offers;

/// <summary>
/// What one accepted application received: units allotted at the uniform price, and the refund of the part of its
/// application money that was not used (application money is the units applied for at its limit, or at the
/// uncross price for an at-auction application).
/// </summary>
public readonly record struct Allotment(
    int Investor, bool Retail, long UnitsApplied, long UnitsAllotted, decimal ApplicationMoney, decimal Paid)
{
    /// <summary>Money returned to the investor.</summary>
    public decimal Refund => ApplicationMoney - Paid;
}
