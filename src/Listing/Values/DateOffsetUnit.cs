namespace SocialExchange.Listing.Values;

/// <summary>The unit of a <see cref="DateOffset"/>.</summary>
public enum DateOffsetUnit : byte
{
    Days = 1,
    Months = 2,
    Years = 3,
}
