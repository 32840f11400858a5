using System.Threading.Channels;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// A subscriber's feed from <see cref="MarketDataPublisher"/>: a bounded buffer the fan-out thread writes without
/// ever waiting, and the subscriber reads at its own pace through <see cref="Reader"/>.
/// </summary>
public sealed class MarketDataSubscription
{
    private readonly Channel<MarketDataUpdate> _channel;

    internal MarketDataSubscription(int capacity, LagPolicy policy, int? instrument)
    {
        Capacity = capacity;
        Policy = policy;
        Instrument = instrument;
        _channel = Channel.CreateBounded<MarketDataUpdate>(new BoundedChannelOptions(capacity)
        {
            SingleWriter = true,
            SingleReader = false,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails instead of dropping silently: the publisher decides
        });
    }

    /// <summary>The updates, in order; completes (with an exception naming the reason) when the subscriber is disconnected.</summary>
    public ChannelReader<MarketDataUpdate> Reader => _channel.Reader;

    /// <summary>Buffer size in updates.</summary>
    public int Capacity { get; }

    /// <summary>What happens when the buffer is full.</summary>
    public LagPolicy Policy { get; }

    /// <summary>The only instrument it receives, or null for all.</summary>
    public int? Instrument { get; }

    /// <summary>Deltas and trades it missed while lagging (replaced by conflated state).</summary>
    public long Dropped => Volatile.Read(ref _dropped);

    /// <summary>Why it was disconnected; null while connected.</summary>
    public string? DisconnectReason { get; private set; }

    internal long _dropped;

    /// <summary>Instruments whose state changed while it lagged; their latest state is sent when it has room.</summary>
    internal readonly HashSet<int> Stale = [];

    /// <summary>
    /// The depth it missed while lagging: the latest dropped update of each price level (level 2) and of each order
    /// (level 3), sent after the instruments' state when it has room, so its book ends where the market's is.
    /// </summary>
    internal readonly Dictionary<(int Instrument, Orders.Side Side, long Price), OutboundEvent> StaleLevels = [];
    internal readonly Dictionary<long, OutboundEvent> StaleOrders = [];

    internal bool IsLagging => Stale.Count > 0 || StaleLevels.Count > 0 || StaleOrders.Count > 0;

    /// <summary>Records an update it could not take: its instrument is stale, and a depth update is kept as that level's or order's latest.</summary>
    internal void Miss(int instrument, in OutboundEvent e)
    {
        Stale.Add(instrument);
        _dropped++;
        if (e.Kind == OutboundEventKind.PriceLevelChanged)
        {
            ref readonly var level = ref e.As<Events.PriceLevelChanged>();
            StaleLevels[(instrument, level.Side, level.Price)] = e;
        }
        else if (e.Kind == OutboundEventKind.BookOrderChanged)
        {
            StaleOrders[e.As<Events.BookOrderChanged>().OrderId] = e;
        }
    }

    internal bool IsClosed => DisconnectReason is not null;

    internal bool TryWrite(in MarketDataUpdate update) => _channel.Writer.TryWrite(update);

    internal void Disconnect(string reason)
    {
        DisconnectReason = reason;
        _channel.Writer.TryComplete(new MarketDataDisconnectedException(reason));
    }

    internal void Complete() => _channel.Writer.TryComplete();
}
