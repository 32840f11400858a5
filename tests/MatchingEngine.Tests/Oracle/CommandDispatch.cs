using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;

namespace SocialExchange.Matching.Tests.Oracle;

/// <summary>Runs a command held as <c>object</c> (one of the command record structs) on the engine or the reference.</summary>
public static class CommandDispatch
{
    public static void Apply<THandler>(MatchingEngine<THandler> engine, object command) where THandler : IEngineEventHandler
    {
        switch (command)
        {
            case PlaceOrder c: engine.Place(in c); break;
            case CancelOrder c: engine.Cancel(in c); break;
            case AmendOrder c: engine.Amend(in c); break;
            case MassCancel c: engine.MassCancel(in c); break;
            case SetPhase c: engine.SetPhase(in c); break;
            case AdvanceTime c: engine.AdvanceTime(in c); break;
            case SetSelfTradePrevention c: engine.SetSelfTradePrevention(in c); break;
            case AccountCommand c: engine.ApplyAccount(in c); break;
            default: throw new ArgumentException($"not a command: {command}", nameof(command));
        }
    }

    public static void Apply(ReferenceEngine reference, object command)
    {
        switch (command)
        {
            case PlaceOrder c: reference.Place(in c); break;
            case CancelOrder c: reference.Cancel(in c); break;
            case AmendOrder c: reference.Amend(in c); break;
            case MassCancel c: reference.MassCancel(in c); break;
            case SetPhase c: reference.SetPhase(in c); break;
            case AdvanceTime c: reference.AdvanceTime(in c); break;
            case SetSelfTradePrevention c: reference.SetSelfTradePrevention(in c); break;
            default: throw new ArgumentException($"not a command: {command}", nameof(command));
        }
    }
}
