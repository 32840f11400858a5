using SocialExchange.Matching.Accounts;

namespace SocialExchange.Listing.Instruments;

/// <summary>
/// The account terms of a segment's secondary market, read from the rulebook and handed to the engine on admission
/// (<see cref="Matching.Instruments.AccountRules"/>): who may place orders, the trading fees and the settlement cycle.
/// </summary>
/// <param name="EligibleCategories">Participant categories that may place orders (e.g. professionals only).</param>
/// <param name="MakerFeeBps">Fee of the resting order, in basis points of the trade value.</param>
/// <param name="TakerFeeBps">Fee of the order that takes liquidity, in basis points of the trade value.</param>
/// <param name="SettlementDays">Days from trade to settlement (T+n); 0 settles at once.</param>
/// <param name="MinimumOrderValue">Smallest value of a priced order in the instrument's currency (price times quantity); 0 for none.</param>
public sealed record SegmentTrading(ParticipantCategories EligibleCategories, int MakerFeeBps, int TakerFeeBps, int SettlementDays, decimal MinimumOrderValue = 0)
{
    /// <summary>Open to every category, no fees, settled at once, no minimum.</summary>
    public static SegmentTrading Default { get; } = new(ParticipantCategories.All, 0, 0, 0);
}
