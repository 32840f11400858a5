using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// What the matching thread knows about the command in hand, shared between the matching stage and the engine's
/// event handler (<see cref="OutboundEventWriter"/>, a struct the engine copies, so its state lives here). Only
/// the matching thread writes it, except <see cref="MatchedSequence"/>, which others read.
/// </summary>
internal sealed class MatchingContext
{
    /// <summary>Journal sequence of the command being applied; stamped on every event it causes.</summary>
    public long Sequence;

    /// <summary>True while recovery replays the journal: those events were published before the restart.</summary>
    public bool Muted;

    /// <summary>The last outbound slot claimed, and how many claimed slots are not published yet (see <see cref="OutboundEventWriter"/>).</summary>
    public long LastClaimed;

    public int Unpublished;

    private CommandKind _kind;
    private int _participant;
    private long _clientOrderId;

    /// <summary>The engine's rejection of the command in hand, if any.</summary>
    public ResultCode Code;

    /// <summary>The id the engine gave the new order of the command in hand.</summary>
    public long OrderId;

    private long _matchedSequence;

    /// <summary>The last command fully applied (its completion written); read by the host to drain and snapshot.</summary>
    public long MatchedSequence
    {
        get => Volatile.Read(ref _matchedSequence);
        set => Volatile.Write(ref _matchedSequence, value);
    }

    public void Begin(long sequence, in EngineCommand command)
    {
        Sequence = sequence;
        _kind = command.Kind;
        _participant = command.Participant;
        _clientOrderId = command.ClientOrderId;
        Code = ResultCode.Ok;
        OrderId = 0;
    }

    /// <summary>The first rejection that answers the command in hand becomes its outcome.</summary>
    public void Note(in OrderRejected e)
    {
        if (Code == ResultCode.Ok && e.Command == _kind && e.Participant == _participant && e.ClientOrderId == _clientOrderId)
            Code = e.Code;
    }

    /// <summary>The acceptance of the command's own new order gives the order id.</summary>
    public void Note(in OrderAccepted e)
    {
        if (OrderId == 0 && _kind == CommandKind.PlaceOrder && e.Participant == _participant && e.ClientOrderId == _clientOrderId)
            OrderId = e.OrderId;
    }
}
