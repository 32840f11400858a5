namespace SocialExchange.Matching.Commands;

/// <summary>
/// Let time pass: move the engine clock to <paramref name="Time"/>. Like every command it first fires, in time
/// order, everything due up to its time (good-till-date expiries, scheduled phase changes, auction ends); it is the
/// command a sequencer sends at a steady cadence so timers fire on time when no other command comes.
/// </summary>
public readonly record struct AdvanceTime(long Time);
