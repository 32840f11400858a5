using System.Runtime.CompilerServices;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Commands;

/// <summary>
/// Any engine command in one flat struct, so a ring of preallocated slots can carry every kind without boxing.
/// <see cref="Kind"/> says which command it is; fields a kind does not use are zero. Built from the command
/// record structs (<see cref="From(in PlaceOrder)"/> and overloads) and applied with <see cref="ApplyTo{THandler}"/>.
/// </summary>
public struct EngineCommand
{
    public CommandKind Kind;
    public long Time;
    public int Instrument;
    public int Participant;
    public long ClientOrderId;
    public Side Side;
    public OrderType Type;
    public TimeInForce TimeInForce;
    public OrderFlags Flags;

    /// <summary>Limit price for a place; new price for an amend.</summary>
    public long Price;

    /// <summary>Quantity for a place; new remaining quantity for an amend.</summary>
    public long Quantity;
    public long StopPrice;
    public long DisplayQuantity;
    public long ExpireTime;

    /// <summary>Target phase of a <see cref="SetPhase"/>.</summary>
    public TradingPhase Phase;

    /// <summary>Mode of a <see cref="SetSelfTradePrevention"/>.</summary>
    public SelfTradePrevention SelfTradePrevention;

    // An AccountCommand: its action, counterparty, packed currency and category; its amount travels in Quantity and
    // its price in Price.
    public AccountAction AccountAction;
    public int Counterparty;
    public int Currency;
    public ParticipantCategory Category;

    public static EngineCommand From(in PlaceOrder c) => new()
    {
        Kind = CommandKind.PlaceOrder, Time = c.Time, Instrument = c.Instrument, Participant = c.Participant,
        ClientOrderId = c.ClientOrderId, Side = c.Side, Type = c.Type, TimeInForce = c.TimeInForce, Flags = c.Flags,
        Price = c.Price, Quantity = c.Quantity, StopPrice = c.StopPrice, DisplayQuantity = c.DisplayQuantity, ExpireTime = c.ExpireTime,
    };

    public static EngineCommand From(in CancelOrder c) => new()
    {
        Kind = CommandKind.CancelOrder, Time = c.Time, Instrument = c.Instrument, Participant = c.Participant, ClientOrderId = c.ClientOrderId,
    };

    public static EngineCommand From(in AmendOrder c) => new()
    {
        Kind = CommandKind.AmendOrder, Time = c.Time, Instrument = c.Instrument, Participant = c.Participant,
        ClientOrderId = c.ClientOrderId, Price = c.NewPrice, Quantity = c.NewQuantity,
    };

    public static EngineCommand From(in MassCancel c) => new()
    {
        Kind = CommandKind.MassCancel, Time = c.Time, Instrument = c.Instrument, Participant = c.Participant,
    };

    public static EngineCommand From(in SetPhase c) => new()
    {
        Kind = CommandKind.SetPhase, Time = c.Time, Instrument = c.Instrument, Phase = c.Phase,
    };

    public static EngineCommand From(in AdvanceTime c) => new() { Kind = CommandKind.AdvanceTime, Time = c.Time };

    public static EngineCommand From(in SetSelfTradePrevention c) => new()
    {
        Kind = CommandKind.SetSelfTradePrevention, Time = c.Time, Participant = c.Participant, SelfTradePrevention = c.Mode,
    };

    public static EngineCommand From(in AccountCommand c) => new()
    {
        Kind = CommandKind.Account, Time = c.Time, AccountAction = c.Action, Participant = c.Participant, Instrument = c.Instrument,
        Counterparty = c.Counterparty, Currency = c.Currency, Quantity = c.Amount, Category = c.Category, Price = c.Price,
    };

    private readonly AccountCommand ToAccountCommand() => new(Time, AccountAction, Participant, Instrument, Counterparty, Currency, Quantity, Category, Price);

    /// <summary>The command as its record struct, boxed: for logs, dumps and tests, not the matching path.</summary>
    public readonly object ToRecord() => Kind switch
    {
        CommandKind.PlaceOrder => new PlaceOrder(Time, Instrument, Participant, ClientOrderId, Side, Type, TimeInForce, Price, Quantity)
        {
            StopPrice = StopPrice, DisplayQuantity = DisplayQuantity, ExpireTime = ExpireTime, Flags = Flags,
        },
        CommandKind.CancelOrder => new CancelOrder(Time, Instrument, Participant, ClientOrderId),
        CommandKind.AmendOrder => new AmendOrder(Time, Instrument, Participant, ClientOrderId, Price, Quantity),
        CommandKind.MassCancel => new MassCancel(Time, Instrument, Participant),
        CommandKind.SetPhase => new SetPhase(Time, Instrument, Phase),
        CommandKind.AdvanceTime => new AdvanceTime(Time),
        CommandKind.SetSelfTradePrevention => new SetSelfTradePrevention(Time, Participant, SelfTradePrevention),
        CommandKind.Account => ToAccountCommand(),
        _ => throw new InvalidOperationException($"command kind {Kind} is not one the engine knows"),
    };

    /// <summary>Hands the command, as its record struct, to <paramref name="visitor"/>. An unknown kind is a bug in whoever filled the slot.</summary>
    public readonly void Visit<TVisitor>(ref TVisitor visitor) where TVisitor : ICommandVisitor
    {
        switch (Kind)
        {
            case CommandKind.PlaceOrder:
                visitor.Visit(new PlaceOrder(Time, Instrument, Participant, ClientOrderId, Side, Type, TimeInForce, Price, Quantity)
                {
                    StopPrice = StopPrice, DisplayQuantity = DisplayQuantity, ExpireTime = ExpireTime, Flags = Flags,
                });
                break;
            case CommandKind.CancelOrder: visitor.Visit(new CancelOrder(Time, Instrument, Participant, ClientOrderId)); break;
            case CommandKind.AmendOrder: visitor.Visit(new AmendOrder(Time, Instrument, Participant, ClientOrderId, Price, Quantity)); break;
            case CommandKind.MassCancel: visitor.Visit(new MassCancel(Time, Instrument, Participant)); break;
            case CommandKind.SetPhase: visitor.Visit(new SetPhase(Time, Instrument, Phase)); break;
            case CommandKind.AdvanceTime: visitor.Visit(new AdvanceTime(Time)); break;
            case CommandKind.SetSelfTradePrevention: visitor.Visit(new SetSelfTradePrevention(Time, Participant, SelfTradePrevention)); break;
            case CommandKind.Account: visitor.Visit(ToAccountCommand()); break;
            default: ThrowUnknownKind(Kind); break;
        }
    }

    /// <summary>Applies the command to <paramref name="engine"/>. An unknown kind is a bug in whoever filled the slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void ApplyTo<THandler>(MatchingEngine<THandler> engine) where THandler : IEngineEventHandler
    {
        switch (Kind)
        {
            case CommandKind.PlaceOrder:
                engine.Place(new PlaceOrder(Time, Instrument, Participant, ClientOrderId, Side, Type, TimeInForce, Price, Quantity)
                {
                    StopPrice = StopPrice, DisplayQuantity = DisplayQuantity, ExpireTime = ExpireTime, Flags = Flags,
                });
                break;
            case CommandKind.CancelOrder:
                engine.Cancel(new CancelOrder(Time, Instrument, Participant, ClientOrderId));
                break;
            case CommandKind.AmendOrder:
                engine.Amend(new AmendOrder(Time, Instrument, Participant, ClientOrderId, Price, Quantity));
                break;
            case CommandKind.MassCancel:
                engine.MassCancel(new MassCancel(Time, Instrument, Participant));
                break;
            case CommandKind.SetPhase:
                engine.SetPhase(new SetPhase(Time, Instrument, Phase));
                break;
            case CommandKind.AdvanceTime:
                engine.AdvanceTime(new AdvanceTime(Time));
                break;
            case CommandKind.SetSelfTradePrevention:
                engine.SetSelfTradePrevention(new SetSelfTradePrevention(Time, Participant, SelfTradePrevention));
                break;
            case CommandKind.Account:
                engine.ApplyAccount(ToAccountCommand());
                break;
            default:
                ThrowUnknownKind(Kind);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnknownKind(CommandKind kind) => throw new InvalidOperationException($"command kind {kind} is not one the engine knows");
}
