namespace SocialExchange.Listing.Offers;

/// <summary>A reason an offer or one of its applications was refused, with the field it concerns.</summary>
/// <param name="Field">Path of the field, e.g. <c>applications[3].units</c> or <c>offer.floor_price</c>.</param>
/// <param name="Message">Readable reason.</param>
public readonly record struct OfferProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
