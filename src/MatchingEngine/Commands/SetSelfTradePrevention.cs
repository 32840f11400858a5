using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Commands;

/// <summary>Set the self-trade prevention mode that applies to every order of <paramref name="Participant"/>.</summary>
public readonly record struct SetSelfTradePrevention(long Time, int Participant, SelfTradePrevention Mode);
