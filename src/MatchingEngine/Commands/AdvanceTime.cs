namespace SocialExchange.Matching.Commands;

/// <summary>
/// Move the engine clock to <paramref name="Time"/>, firing in time order everything due up to it: good-till-date
/// expiries, scheduled phase changes, auction ends and volatility-auction ends. Timers fire only here, so a journal
/// of commands replays exactly.
/// </summary>
public readonly record struct AdvanceTime(long Time);
