using SocialExchange.Matching.Commands;

namespace SocialExchange.Matching.Tests.Support;

/// <summary>The time of a command held as <c>object</c> (one of the command record structs); zero for anything else.</summary>
public static class CommandTime
{
    public static long Of(object command) => command switch
    {
        PlaceOrder c => c.Time,
        CancelOrder c => c.Time,
        AmendOrder c => c.Time,
        MassCancel c => c.Time,
        SetPhase c => c.Time,
        AdvanceTime c => c.Time,
        SetSelfTradePrevention c => c.Time,
        AccountCommand c => c.Time,
        _ => 0,
    };
}
