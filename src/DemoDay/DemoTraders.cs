using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;

namespace SocialExchange.DemoDay;

/// <summary>
/// A seeded crowd of simulated investors: each minute of the day some of them send limit orders around a slowly
/// drifting fair value, a few market orders, cancels of their own orders, and the odd order the exchange must
/// refuse (for the donation instrument, or off tick). Deterministic for a seed.
/// </summary>
internal sealed class DemoTraders(int investors, ulong seed)
{
    private SplitMix64 _random = new(seed);
    private readonly Dictionary<int, long> _fairValue = DemoMarket.Instruments.ToDictionary(i => i.Id, i => i.ReferencePrice);
    private readonly List<(int Instrument, int Participant, long ClientOrderId)> _sent = [];
    private long _nextClientOrderId = 1;

    /// <summary>The commands of one minute, in the order they arrive.</summary>
    public IEnumerable<object> Minute(long time)
    {
        int orders = 2 + (int)(_random.Next() % 6);
        for (int i = 0; i < orders; i++)
        {
            long at = time + i * 1_000_000_000L;
            var spec = DemoMarket.Instruments[(int)(_random.Next() % (ulong)DemoMarket.Instruments.Count)];
            int participant = 1 + (int)(_random.Next() % (ulong)investors);
            ulong action = _random.Next() % 100;
            if (action < 12 && _sent.Count > 0)
            {
                var (instrument, owner, clientOrderId) = _sent[(int)(_random.Next() % (ulong)_sent.Count)];
                yield return new CancelOrder(at, instrument, owner, clientOrderId);
                continue;
            }
            yield return NewOrder(at, spec, participant, market: action >= 95);
        }
    }

    private PlaceOrder NewOrder(long time, InstrumentSpec spec, int participant, bool market)
    {
        var side = _random.Next() % 2 == 0 ? Side.Buy : Side.Sell;
        // The fair value wanders by at most one tick per order, so prices stay inside the collars most of the day.
        var ticks = spec.EffectiveTickTable;
        long fair = _fairValue[spec.Id];
        long tick = ticks.TickAt(fair);
        fair += ((long)(_random.Next() % 3) - 1) * tick;
        fair = Math.Clamp(fair, spec.ReferencePrice * 9 / 10 / tick * tick, spec.ReferencePrice * 11 / 10 / tick * tick);
        _fairValue[spec.Id] = fair;
        long offset = (long)(_random.Next() % 5) * tick;
        long price = side == Side.Buy ? fair - offset + tick : fair + offset - tick;
        long quantity = spec.LotSize * (1 + (long)(_random.Next() % 20));
        long clientOrderId = _nextClientOrderId++;
        _sent.Add((spec.Id, participant, clientOrderId));
        return market
            ? new PlaceOrder(time, spec.Id, participant, clientOrderId, side, OrderType.Market, TimeInForce.Day, 0, quantity)
            : new PlaceOrder(time, spec.Id, participant, clientOrderId, side, OrderType.Limit, TimeInForce.Day, price, quantity);
    }
}
