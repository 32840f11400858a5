using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Events;

/// <summary>An instrument entered a new trading phase.</summary>
/// <param name="PlannedEnd">For auctions with a known end (volatility auction, extended opening), when it ends; otherwise zero.</param>
public readonly record struct PhaseChanged(long Time, int Instrument, TradingPhase Previous, TradingPhase Phase, long PlannedEnd);
