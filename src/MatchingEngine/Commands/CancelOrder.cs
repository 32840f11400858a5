namespace SocialExchange.Matching.Commands;

/// <summary>Cancel an open order of <paramref name="Participant"/>, named by its client order id.</summary>
public readonly record struct CancelOrder(long Time, int Instrument, int Participant, long ClientOrderId);
