using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Tests.Oracle;

/// <summary>
/// An endless, seeded stream of commands for one or two <see cref="OracleInstruments"/>: mostly orders of every type and
/// time in force around the reference price (so they cross often), cancels and amends of recent orders, now and then a
/// mass cancel, a self-trade prevention change, a time advance or a phase change, and a sprinkle of bad input (zero or
/// off-lot quantity, off-tick or out-of-band price, unknown order, duplicate client id, time going backwards). The
/// stream does not look at any engine: the same seed gives the same commands for the engine and the reference.
/// </summary>
public sealed class RandomCommandStream(ulong seed, int instrumentCount)
{
    private const int Participants = 6;

    private readonly record struct Placed(int Instrument, int Participant, long ClientOrderId, long Price, long Quantity);

    private SplitMix64 _random = new(seed);
    private readonly long[] _nextClientOrderId = new long[Participants + 1];
    private readonly List<Placed> _recent = [];
    private readonly TradingPhase[] _requestedPhase = [TradingPhase.Closed, TradingPhase.Closed, TradingPhase.Closed];
    private int _opened;
    private long _time;

    public int InstrumentCount { get; } = instrumentCount;

    public IEnumerable<object> Take(int count)
    {
        for (int i = 0; i < count; i++) yield return Next();
    }

    public object Next()
    {
        // Every instrument starts Closed: open each for continuous trading first.
        if (_opened < InstrumentCount)
        {
            _requestedPhase[++_opened] = TradingPhase.Continuous;
            return new SetPhase(_time, _opened, TradingPhase.Continuous);
        }
        _time += Below(3);
        // Out of continuous trading (as far as the stream knows) phase commands come more often, so the books spend
        // most of their time trading but still see every call phase with orders in it.
        bool allContinuous = _requestedPhase.Skip(1).Take(InstrumentCount).All(p => p == TradingPhase.Continuous);
        if (Chance(allContinuous ? 12 : 50)) return NextPhase();
        int roll = Below(1000);
        return roll switch
        {
            < 680 => NextPlace(),
            < 810 => NextCancel(),
            < 940 => NextAmend(),
            < 947 => new MassCancel(_time, Below(InstrumentCount + 1), Below(Participants + 1)),
            < 960 => new SetSelfTradePrevention(_time, Chance(3) ? 0 : 1 + Below(Participants), Chance(3) ? (SelfTradePrevention)9 : (SelfTradePrevention)Below(5)),
            < 995 => new AdvanceTime(_time += Chance(500) ? Below(40) : Below(700)),
            _ => new AdvanceTime(Math.Max(0, _time - 1 - Below(3))),
        };
    }

    private object NextPlace()
    {
        int instrument = 1 + Below(InstrumentCount);
        int participant = Chance(5) ? 0 : 1 + Below(Participants);
        long clientOrderId = ClientOrderIdFor(participant);
        var side = Chance(3) ? (Side)7 : Chance(500) ? Side.Buy : Side.Sell;
        long quantity = Quantity(instrument);
        long time = Chance(5) ? Math.Max(0, _time - 1) : _time;
        int kind = Below(100);
        OrderType type = kind switch { < 56 => OrderType.Limit, < 68 => OrderType.Market, < 76 => OrderType.Stop, < 84 => OrderType.StopLimit, < 92 => OrderType.MarketToLimit, _ => OrderType.Limit };
        if (Chance(4)) type = Chance(500) ? 0 : (OrderType)9;
        bool iceberg = kind >= 92 && kind < 97;
        bool postOnly = kind >= 97 || (kind < 56 && Chance(60));
        long price = type is OrderType.Limit or OrderType.StopLimit ? Price(instrument) : Chance(5) ? Price(instrument) : 0;
        long stopPrice = type is OrderType.Stop or OrderType.StopLimit ? Price(instrument) : Chance(3) ? Price(instrument) : 0;
        if (type == OrderType.StopLimit && Chance(500)) price = stopPrice;
        var tif = TimeInForceFor(instrument, type, postOnly);
        long expire = tif == TimeInForce.GoodTillDate ? (Chance(10) ? time : time + 1 + Below(600)) : Chance(3) ? time + 5 : 0;
        long display = 0;
        if (iceberg)
        {
            long lot = instrument == 1 ? 1 : 10;
            if (quantity < 4 * lot) quantity += 4 * lot;
            display = lot * (1 + Below((int)Math.Max(1, quantity / lot / 3)));
            if (Chance(20)) display = quantity;
        }
        var flags = postOnly ? (Chance(500) ? OrderFlags.PostOnly | OrderFlags.RepriceIfTaking : OrderFlags.PostOnly) : OrderFlags.None;
        if (Chance(4)) flags = OrderFlags.RepriceIfTaking;
        // Cancels and amends aim at orders that may still be open: well-formed ones that can rest.
        bool canRest = tif is TimeInForce.Day or TimeInForce.GoodTillCancelled or TimeInForce.GoodTillDate or TimeInForce.AtTheOpen or TimeInForce.AtTheClose
            && type is OrderType.Limit or OrderType.MarketToLimit or OrderType.Stop or OrderType.StopLimit;
        bool wellFormed = participant > 0 && clientOrderId > 0 && side is Side.Buy or Side.Sell && quantity > 0 && flags != OrderFlags.RepriceIfTaking;
        int target = Chance(3) ? 3 : instrument;
        if (canRest && wellFormed && target == instrument) Remember(new Placed(instrument, participant, clientOrderId, price, quantity));
        return new PlaceOrder(time, target, participant, clientOrderId, side, type, tif, price, quantity)
        {
            StopPrice = stopPrice,
            DisplayQuantity = display,
            ExpireTime = expire,
            Flags = flags,
        };
    }

    private TimeInForce TimeInForceFor(int instrument, OrderType type, bool postOnly)
    {
        // At-auction orders mostly when the instrument was last asked to enter their call, so some take part.
        var requested = _requestedPhase[instrument];
        if (requested == TradingPhase.PreOpen && Chance(200)) return TimeInForce.AtTheOpen;
        if (requested == TradingPhase.PreCloseCall && Chance(200)) return TimeInForce.AtTheClose;
        if (Chance(3)) return Chance(500) ? 0 : (TimeInForce)12;
        int r = Below(100);
        return type switch
        {
            OrderType.Market => r switch { < 50 => TimeInForce.Day, < 73 => TimeInForce.ImmediateOrCancel, < 96 => TimeInForce.FillOrKill, _ => TimeInForce.GoodTillCancelled },
            OrderType.MarketToLimit => r switch { < 40 => TimeInForce.Day, < 75 => TimeInForce.GoodTillCancelled, < 88 => TimeInForce.ImmediateOrCancel, _ => TimeInForce.FillOrKill },
            _ when postOnly => r switch { < 40 => TimeInForce.Day, < 75 => TimeInForce.GoodTillCancelled, < 95 => TimeInForce.GoodTillDate, _ => TimeInForce.ImmediateOrCancel },
            _ => r switch
            {
                < 28 => TimeInForce.Day,
                < 56 => TimeInForce.GoodTillCancelled,
                < 68 => TimeInForce.GoodTillDate,
                < 81 => TimeInForce.ImmediateOrCancel,
                < 94 => TimeInForce.FillOrKill,
                < 97 => TimeInForce.AtTheOpen,
                _ => TimeInForce.AtTheClose,
            },
        };
    }

    private object NextCancel()
    {
        if (_recent.Count == 0 || Chance(60))
            return new CancelOrder(_time, 1 + Below(InstrumentCount), 1 + Below(Participants), 1 + Below(1_000_000));
        var order = Recent();
        _recent.Remove(order);
        return new CancelOrder(Chance(5) ? Math.Max(0, _time - 1) : _time, Chance(20) ? 1 + Below(3) : order.Instrument, order.Participant, order.ClientOrderId);
    }

    private object NextAmend()
    {
        if (_recent.Count == 0 || Chance(40))
            return new AmendOrder(_time, 1 + Below(InstrumentCount), 1 + Below(Participants), 1 + Below(1_000_000), Price(1), 5);
        var order = Recent();
        long tick = order.Instrument == 1 ? 1 : 5;
        long price = order.Price <= 0 ? Price(order.Instrument) : Chance(450) ? order.Price : order.Price + (Below(7) - 3) * tick;
        if (Chance(20)) price = Price(order.Instrument);
        long lot = order.Instrument == 1 ? 1 : 10;
        long quantity = Below(100) switch
        {
            < 35 => Math.Max(lot, order.Quantity / 2 / lot * lot),
            < 50 => order.Quantity,
            < 97 => order.Quantity + lot * (1 + Below(10)),
            < 99 => 0,
            _ => lot + 1,
        };
        return new AmendOrder(_time, order.Instrument, order.Participant, order.ClientOrderId, price, quantity);
    }

    private object NextPhase()
    {
        int instrument = 1 + Below(InstrumentCount);
        var requested = _requestedPhase[instrument];
        // Mostly the natural next step of a trading day from the phase last asked for; sometimes anything at all.
        var phase = Chance(150) ? AnyPhase() : requested switch
        {
            TradingPhase.Closed => Pick((600, TradingPhase.PreOpen), (400, TradingPhase.Continuous)),
            TradingPhase.PreOpen => Pick((800, TradingPhase.Continuous), (100, TradingPhase.Halted), (100, TradingPhase.Closed)),
            TradingPhase.Halted => Pick((700, TradingPhase.Continuous), (150, TradingPhase.Closed), (150, TradingPhase.PreOpen)),
            TradingPhase.PostClose => Pick((600, TradingPhase.Closed), (400, TradingPhase.PreOpen)),
            TradingPhase.PreCloseCall => Pick((700, TradingPhase.PostClose), (150, TradingPhase.Closed), (150, TradingPhase.Halted)),
            TradingPhase.VolatilityAuction => Pick((600, TradingPhase.Continuous), (200, TradingPhase.PreCloseCall), (200, TradingPhase.Halted)),
            // Continuous again (illegal if the book is trading) gets a book out of a phase the stream did not see coming.
            _ => Pick((200, TradingPhase.VolatilityAuction), (150, TradingPhase.PreCloseCall), (80, TradingPhase.PostClose),
                (120, TradingPhase.Closed), (150, TradingPhase.Halted), (300, TradingPhase.Continuous)),
        };
        _requestedPhase[instrument] = phase;
        return new SetPhase(Chance(5) ? Math.Max(0, _time - 1) : _time, Chance(10) ? 5 : instrument, phase);
    }

    private TradingPhase AnyPhase() => (TradingPhase)Below((int)TradingPhase.CallUncross + 2);

    private TradingPhase Pick(params (int Weight, TradingPhase Phase)[] choices)
    {
        int r = Below(choices.Sum(c => c.Weight));
        foreach (var (weight, phase) in choices)
        {
            if (r < weight) return phase;
            r -= weight;
        }
        throw new InvalidOperationException("weights");
    }

    /// <summary>Mostly a few ticks around the reference; sometimes far (collars), out of band, off tick or not positive.</summary>
    private long Price(int instrument)
    {
        int r = Below(1000);
        if (instrument == 1)
        {
            return r switch
            {
                < 900 => 100 + Below(13) - 6,
                < 980 => 100 + Below(61) - 30,
                < 990 => Chance(500) ? 30 : 170,
                _ => -Below(2),
            };
        }
        long raw = r switch
        {
            < 900 => 1000 + Below(61) - 30,
            < 980 => 1000 + Below(301) - 150,
            < 990 => Chance(500) ? 600 : 1500,
            _ => -Below(2),
        };
        // Mostly on the 5 grid (on tick on both sides of 1000); otherwise on tick only below 1000.
        return raw > 0 && Chance(850) ? raw / 5 * 5 : raw;
    }

    private long Quantity(int instrument)
    {
        int r = Below(1000);
        long lots = r switch { < 880 => 1 + Below(20), < 985 => 20 + Below(60), < 995 => 0, _ => -3 };
        if (instrument == 1) return lots;
        return Chance(15) ? lots * 10 + 3 : lots * 10;
    }

    private long ClientOrderIdFor(int participant)
    {
        if (Chance(3)) return 0;
        if (participant > 0 && Chance(10) && _recent.Count > 0)
        {
            var same = _recent.Where(p => p.Participant == participant).ToList();
            if (same.Count > 0) return same[Below(same.Count)].ClientOrderId;
        }
        return participant <= 0 ? 1 : ++_nextClientOrderId[participant];
    }

    /// <summary>One of the last orders that could rest, mostly one of the newest (older ones have often traded away).</summary>
    private Placed Recent() => _recent[_recent.Count - 1 - Below(Math.Min(_recent.Count, Chance(800) ? 6 : 60))];

    private void Remember(Placed placed)
    {
        _recent.Add(placed);
        if (_recent.Count > 60) _recent.RemoveAt(0);
    }

    private int Below(int n) => (int)(_random.Next() % (ulong)n);

    /// <summary>True with probability <paramref name="permille"/>/1000.</summary>
    private bool Chance(int permille) => Below(1000) < permille;
}
