using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Raw room for any one engine event inside an <see cref="OutboundEvent"/> slot: the events are unmanaged record
/// structs, so each is stored in place with <see cref="Unsafe.As{TFrom, TTo}(ref TFrom)"/> instead of a field per
/// event kind (which would make the slot several times larger) or a boxed object (which would allocate).
/// <see cref="OutboundEvent.Put{TEvent}"/> checks at JIT time that the event fits.
/// </summary>
[InlineArray(Length)]
public struct OutboundPayload
{
    /// <summary>In longs: 112 bytes, the size of the largest event (<c>TradeExecuted</c>) rounded up.</summary>
    public const int Length = 14;

    private long _element;
}
