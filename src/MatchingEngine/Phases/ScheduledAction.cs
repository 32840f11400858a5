namespace SocialExchange.Matching.Phases;

/// <summary>What a scheduled time of day does to an instrument.</summary>
internal enum ScheduledAction : byte
{
    None = 0,
    StartOpeningCall = 1,
    OpeningUncross = 2,
    StartClosingCall = 3,
    ClosingUncross = 4,
    StartCallAuction = 5,
    CallUncross = 6,
    EndDay = 7,
}
