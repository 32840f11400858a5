namespace SocialExchange.Matching.Commands;

/// <summary>Which command a rejection answers.</summary>
public enum CommandKind : byte
{
    PlaceOrder = 1,
    CancelOrder = 2,
    AmendOrder = 3,
    MassCancel = 4,
    SetPhase = 5,
    AdvanceTime = 6,
    SetSelfTradePrevention = 7,
    Account = 8,
}
