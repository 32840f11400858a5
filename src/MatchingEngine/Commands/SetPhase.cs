using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Commands;

/// <summary>
/// Move an instrument to <paramref name="Phase"/> by command, doing what the schedule would do on the way: leaving a
/// call phase for continuous trading or post-close runs its uncross; entering <see cref="TradingPhase.Closed"/> ends the day.
/// </summary>
public readonly record struct SetPhase(long Time, int Instrument, TradingPhase Phase);
