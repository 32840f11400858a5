namespace SocialExchange.Matching.Commands;

/// <summary>
/// Kill switch: cancel every open order (including untriggered stops) of <paramref name="Participant"/> on
/// <paramref name="Instrument"/>. Zero means "all": participant 0 cancels everyone's orders on the instrument,
/// instrument 0 cancels the participant's orders on every instrument. Both zero is refused.
/// </summary>
public readonly record struct MassCancel(long Time, int Instrument, int Participant);
