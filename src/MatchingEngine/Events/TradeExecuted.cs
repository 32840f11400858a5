using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Events;

/// <summary>
/// One incoming order matched one resting order (or, in an auction, one buy matched one sell).
/// <see cref="AggressorSide"/> is <see cref="Side.None"/> for auction trades.
/// </summary>
/// <param name="MatchId">Engine-wide trade number, increasing by one per trade.</param>
/// <param name="BuyLeaves">What the buy order has left after this trade.</param>
/// <param name="SellLeaves">What the sell order has left after this trade.</param>
public readonly record struct TradeExecuted(
    long Time, int Instrument, long MatchId, Side AggressorSide,
    long BuyOrderId, int BuyParticipant, long BuyClientOrderId,
    long SellOrderId, int SellParticipant, long SellClientOrderId,
    long Price, long Quantity, long BuyLeaves, long SellLeaves);
