namespace SocialExchange.Matching.Accounts;

/// <summary>A trade waiting for its settlement date: the buyer's units and the seller's proceeds become settled then.</summary>
internal struct PendingSettlement
{
    public long Due;
    public int Buyer;
    public int Seller;
    public long Quantity;
    public long Proceeds;
}
