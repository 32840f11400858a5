namespace SocialExchange.Listing.Offers;

/// <summary>The result of an offer: outcome, uniform price, allotments and refunds, and every refusal with its reason.</summary>
public sealed record OfferResult(
    OfferOutcome Outcome,
    long UniformPrice,
    long DemandAtFloorUnits,
    IReadOnlyList<Allotment> Allotments,
    IReadOnlyList<OfferProblem> Problems)
{
    /// <summary>Units sold in the uncross.</summary>
    public long UnitsSold => Allotments.Sum(a => a.UnitsAllotted);

    /// <summary>Money raised for the issuer (zero when refunded).</summary>
    public decimal CapitalRaised => Allotments.Sum(a => a.Paid);

    /// <summary>Money returned to investors.</summary>
    public decimal TotalRefunds => Allotments.Sum(a => a.Refund);

    /// <summary>Investors that received at least one unit.</summary>
    public int InvestorsAllotted => Allotments.Count(a => a.UnitsAllotted > 0);

    /// <summary>Demand at the floor over units offered (1.0 = exactly covered).</summary>
    public decimal Coverage(long unitsOffered) => unitsOffered == 0 ? 0 : (decimal)DemandAtFloorUnits / unitsOffered;
}
