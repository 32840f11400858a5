using System.Runtime.CompilerServices;
using SocialExchange.Matching.Events;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// One slot of the outbound ring: an engine event (or a command completion) with the journal sequence of the
/// command that caused it. The fan-out stage releases it to readers only once that command is durable.
/// </summary>
public struct OutboundEvent
{
    /// <summary>What <see cref="Payload"/> holds.</summary>
    public OutboundEventKind Kind;

    /// <summary>Journal sequence of the command whose processing emitted the event.</summary>
    public long CommandSequence;

    /// <summary>The event itself; read it with <see cref="As{TEvent}"/> for the type <see cref="Kind"/> names.</summary>
    public OutboundPayload Payload;

    /// <summary>Stores <paramref name="e"/> in the slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Put<TEvent>(OutboundEventKind kind, long commandSequence, in TEvent e) where TEvent : unmanaged
    {
        // A constant per instantiation: the JIT drops the check for every event that fits.
        if (Unsafe.SizeOf<TEvent>() > Unsafe.SizeOf<OutboundPayload>()) ThrowTooLarge(typeof(TEvent));
        Kind = kind;
        CommandSequence = commandSequence;
        Unsafe.As<OutboundPayload, TEvent>(ref Payload) = e;
    }

    /// <summary>The payload as <typeparamref name="TEvent"/>; the caller has checked <see cref="Kind"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ref readonly TEvent As<TEvent>() where TEvent : unmanaged =>
        ref Unsafe.As<OutboundPayload, TEvent>(ref Unsafe.AsRef(in Payload));

    /// <summary>Hands the event to the matching method of <paramref name="handler"/>; completions are not engine events and are skipped.</summary>
    public readonly void Dispatch<THandler>(ref THandler handler) where THandler : IEngineEventHandler
    {
        switch (Kind)
        {
            case OutboundEventKind.OrderAccepted: handler.OnOrderAccepted(in As<OrderAccepted>()); break;
            case OutboundEventKind.OrderRejected: handler.OnOrderRejected(in As<OrderRejected>()); break;
            case OutboundEventKind.OrderCancelled: handler.OnOrderCancelled(in As<OrderCancelled>()); break;
            case OutboundEventKind.OrderExpired: handler.OnOrderExpired(in As<OrderExpired>()); break;
            case OutboundEventKind.OrderTriggered: handler.OnOrderTriggered(in As<OrderTriggered>()); break;
            case OutboundEventKind.OrderAmended: handler.OnOrderAmended(in As<OrderAmended>()); break;
            case OutboundEventKind.TradeExecuted: handler.OnTradeExecuted(in As<TradeExecuted>()); break;
            case OutboundEventKind.PriceLevelChanged: handler.OnPriceLevelChanged(in As<PriceLevelChanged>()); break;
            case OutboundEventKind.BookOrderChanged: handler.OnBookOrderChanged(in As<BookOrderChanged>()); break;
            case OutboundEventKind.BestBidOfferChanged: handler.OnBestBidOfferChanged(in As<BestBidOfferChanged>()); break;
            case OutboundEventKind.PhaseChanged: handler.OnPhaseChanged(in As<PhaseChanged>()); break;
            case OutboundEventKind.AuctionIndicative: handler.OnAuctionIndicative(in As<AuctionIndicative>()); break;
            case OutboundEventKind.DailyStatistics: handler.OnDailyStatistics(in As<DailyStatistics>()); break;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTooLarge(Type type) =>
        throw new InvalidOperationException($"{type.Name} is larger than an outbound slot's payload ({Unsafe.SizeOf<OutboundPayload>()} bytes)");
}
