using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;

namespace SocialExchange.DemoDay;

/// <summary>
/// A seeded crowd of simulated investors: each minute of the day some of them send limit orders around a slowly
/// drifting fair value, a few market orders, cancels of their own orders, and the odd order the exchange must
/// refuse (for the donation instrument, or off tick). Before trading they are funded with simulated endowments, so
/// the exchange also refuses what an investor cannot pay for or does not hold. Deterministic for a seed.
/// </summary>
internal sealed class DemoTraders(int investors, ulong seed)
{
    private static readonly int Eur = CurrencyCode.Pack("EUR");

    private SplitMix64 _random = new(seed);
    private readonly Dictionary<int, long> _fairValue = DemoMarket.Instruments.ToDictionary(i => i.Id, i => i.ReferencePrice);
    private readonly List<(int Instrument, int Participant, long ClientOrderId)> _sent = [];
    private long _nextClientOrderId = 1;

    /// <summary>
    /// The accounts before the day: every investor (one in five professional, the rest retail) gets EUR 10,000 to
    /// 60,000 and some units of each tradable instrument, booked at its reference price; the donation instrument's
    /// issuer gives units to five investors (the only way that instrument moves). Drawn from a generator of its own,
    /// so the trading stream is the same with or without accounts.
    /// </summary>
    public IEnumerable<AccountCommand> Funding(long time)
    {
        var random = new SplitMix64(seed ^ 0xF00D);
        for (int p = 1; p <= investors; p++)
        {
            yield return new AccountCommand(time, AccountAction.OpenAccount, p, Category: p % 5 == 0 ? ParticipantCategory.Professional : ParticipantCategory.Retail);
            long euros = 10_000 + (long)(random.Next() % 50_001);
            yield return new AccountCommand(time, AccountAction.DepositCash, p, Currency: Eur, Amount: euros * Money.CashUnitsPerCurrencyUnit);
            foreach (var spec in DemoMarket.Instruments.Where(i => i.Kind != InstrumentKind.NonTransferable))
            {
                long lots = (long)(random.Next() % 60);
                if (lots > 0)
                    yield return new AccountCommand(time, AccountAction.DepositHoldings, p, spec.Id, Amount: lots * spec.LotSize, Price: spec.ReferencePrice);
            }
        }
        var donation = DemoMarket.Instruments.Single(i => i.Kind == InstrumentKind.NonTransferable);
        int issuer = DemoMarket.IssuerOf(donation.Id);
        yield return new AccountCommand(time, AccountAction.OpenAccount, issuer, Category: ParticipantCategory.Issuer);
        yield return new AccountCommand(time, AccountAction.DepositHoldings, issuer, donation.Id, Amount: 10_000);
        for (int p = 1; p <= Math.Min(5, investors); p++)
            yield return new AccountCommand(time, AccountAction.TransferHoldings, issuer, donation.Id, Counterparty: p, Amount: 100 * (1 + (long)(random.Next() % 5)));
    }

    /// <summary>
    /// The commands of one minute, in the order they arrive, all at the minute's time: the engine host's sequencer
    /// stamps them so, and the direct run must see the same times to reach the same state.
    /// </summary>
    public IEnumerable<object> Minute(long time)
    {
        int orders = 2 + (int)(_random.Next() % 6);
        for (int i = 0; i < orders; i++)
        {
            var spec = DemoMarket.Instruments[(int)(_random.Next() % (ulong)DemoMarket.Instruments.Count)];
            int participant = 1 + (int)(_random.Next() % (ulong)investors);
            ulong action = _random.Next() % 100;
            if (action < 12 && _sent.Count > 0)
            {
                var (instrument, owner, clientOrderId) = _sent[(int)(_random.Next() % (ulong)_sent.Count)];
                yield return new CancelOrder(time, instrument, owner, clientOrderId);
                continue;
            }
            yield return NewOrder(time, spec, participant, market: action >= 95);
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
