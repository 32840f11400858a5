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
public sealed record SegmentTrading(ParticipantCategories EligibleCategories, int MakerFeeBps, int TakerFeeBps, int SettlementDays)
{
    /// <summary>Open to every category, no fees, settled at once.</summary>
    public static SegmentTrading Default { get; } = new(ParticipantCategories.All, 0, 0, 0);
}
