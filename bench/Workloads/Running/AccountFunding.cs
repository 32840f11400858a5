using SocialExchange.Bench.Workloads.Streams;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Bench.Workloads.Running;

/// <summary>
/// The accounts a stream needs when the engine keeps accounts (<c>--accounts</c>): every participant that sends a
/// message gets an open Retail account, cash in each instrument's currency and holdings of each instrument, enough
/// that pre-trade risk never rejects anything. Computed once from the stream (untimed) and applied to every engine
/// before its setup messages, warm-up and timed engines alike, so they all start from the same state.
/// <para>
/// Why the amounts suffice: an order reserves cash (buys) or units (sells) when it is placed or amended, and every
/// fill is paid out of the order's reservation. So a participant never needs more cash than the sum of all the
/// reservations its places and amends make, nor more units than the sum of their quantities. A buy is reserved at
/// most at the top of the instrument's price ladder (every limit lies on the ladder; a market buy reserves the top),
/// so the plan reserves every buy there, fee at the higher rate included. An amend does not say its side, so it
/// counts on both. Units and cash that trades bring in are ignored: the plan never relies on them.
/// </para>
/// </summary>
public sealed class AccountFunding
{
    /// <summary>Engine time of the account commands: the instruments are listed and opened at 0, the stream starts at 1.</summary>
    private const long FundingTime = 0;

    private readonly int[] _participants;
    private readonly List<(string Currency, long[] Cash)> _cash;
    private readonly List<(int Instrument, long[] Units)> _holdings;

    private AccountFunding(int[] participants, List<(string, long[])> cash, List<(int, long[])> holdings)
    {
        _participants = participants;
        _cash = cash;
        _holdings = holdings;
    }

    /// <summary>Participants that get an account.</summary>
    public int ParticipantCount => _participants.Length;

    /// <summary>Cash deposited over all participants, in cash units (10^-4 currency), by currency.</summary>
    public IReadOnlyDictionary<string, long> TotalCash => _cash.ToDictionary(c => c.Currency, c => c.Cash.Sum());

    /// <summary>Units deposited over all participants, by instrument.</summary>
    public IReadOnlyDictionary<int, long> TotalUnits => _holdings.ToDictionary(h => h.Instrument, h => h.Units.Sum());

    /// <summary>
    /// The funding <paramref name="stream"/> needs (setup and timed messages). Throws when the amounts would reach
    /// <see cref="Money.Unaffordable"/>, which the engine refuses as a deposit total: the stream is too large to fund.
    /// </summary>
    public static AccountFunding For(WorkloadStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var specs = stream.Instruments.ToDictionary(s => s.Id);
        int maxParticipant = 0;
        foreach (var c in stream.Setup.Concat(stream.Commands)) maxParticipant = Math.Max(maxParticipant, c.Participant);

        // Int128 so that a sum past long's range is caught below instead of wrapping.
        var cash = new Dictionary<string, Int128[]>(StringComparer.Ordinal);
        var units = new Dictionary<int, Int128[]>();
        var sends = new bool[maxParticipant + 1];
        foreach (var c in stream.Setup.Concat(stream.Commands))
        {
            sends[c.Participant] = true;
            if (c.Kind is not (CommandKind.PlaceOrder or CommandKind.AmendOrder)) continue;
            var spec = specs[c.Instrument];
            if (c.Side != Side.Sell) // a buy, or an amend of either side
                Add(cash, spec.Currency, maxParticipant, c.Participant, BuyReservationAtLadderTop(spec, c.Quantity));
            if (c.Side != Side.Buy) // a sell, or an amend of either side
                Add(units, spec.Id, maxParticipant, c.Participant, c.Quantity);
        }

        var participants = Enumerable.Range(0, sends.Length).Where(p => sends[p]).ToArray();
        return new AccountFunding(
            participants,
            cash.Select(kv => (kv.Key, ToLongs(kv.Value, $"cash in {kv.Key}"))).ToList(),
            units.Select(kv => (kv.Key, ToLongs(kv.Value, $"units of instrument {kv.Key}"))).ToList());
    }

    /// <summary>
    /// Opens the accounts and deposits the cash and holdings (untimed setup), then checks the engine's balances, so
    /// a deposit the engine refused fails here, loudly, rather than as rejected orders in the timed loop.
    /// </summary>
    public void Apply<THandler>(MatchingEngine<THandler> engine)
        where THandler : struct, Matching.Events.IEngineEventHandler
    {
        ArgumentNullException.ThrowIfNull(engine);
        foreach (int p in _participants)
            engine.ApplyAccount(new AccountCommand(FundingTime, AccountAction.OpenAccount, p, Category: ParticipantCategory.Retail));
        foreach (var (currency, amounts) in _cash)
            for (int p = 0; p < amounts.Length; p++)
                if (amounts[p] > 0)
                    engine.ApplyAccount(new AccountCommand(FundingTime, AccountAction.DepositCash, p, Currency: CurrencyCode.Pack(currency), Amount: amounts[p]));
        foreach (var (instrument, amounts) in _holdings)
            for (int p = 0; p < amounts.Length; p++)
                if (amounts[p] > 0)
                    engine.ApplyAccount(new AccountCommand(FundingTime, AccountAction.DepositHoldings, p, Instrument: instrument, Amount: amounts[p]));

        foreach (int p in _participants)
            if (engine.CategoryOf(p) != ParticipantCategory.Retail)
                throw new InvalidOperationException($"funding: participant {p}'s account did not open");
        foreach (var (currency, amounts) in _cash)
            for (int p = 0; p < amounts.Length; p++)
                if (engine.CashOf(p, currency).Total != amounts[p])
                    throw new InvalidOperationException($"funding: participant {p} holds {engine.CashOf(p, currency).Total} cash units of {currency}, expected {amounts[p]}: the deposit was refused");
        foreach (var (instrument, amounts) in _holdings)
            for (int p = 0; p < amounts.Length; p++)
                if (engine.HoldingOf(p, instrument).Total != amounts[p])
                    throw new InvalidOperationException($"funding: participant {p} holds {engine.HoldingOf(p, instrument).Total} units of instrument {instrument}, expected {amounts[p]}: the deposit was refused");
    }

    /// <summary>What a buy of <paramref name="quantity"/> reserves at most: its value at the ladder's top plus the higher fee.</summary>
    private static long BuyReservationAtLadderTop(InstrumentSpec spec, long quantity)
    {
        long value = CashConversion.For(spec).Value(spec.HighestLadderPrice, quantity);
        if (value >= Money.Unaffordable)
            throw new InvalidOperationException($"funding: a buy of {quantity} units of instrument {spec.Id} is worth more than any account may hold");
        long feeBps = Math.Max(spec.AccountRules.MakerFeeBps, spec.AccountRules.TakerFeeBps);
        return value + Money.Fee(value, feeBps);
    }

    private static void Add<TKey>(Dictionary<TKey, Int128[]> sums, TKey key, int maxParticipant, int participant, long amount)
        where TKey : notnull
    {
        if (!sums.TryGetValue(key, out var perParticipant)) sums[key] = perParticipant = new Int128[maxParticipant + 1];
        perParticipant[participant] += amount;
    }

    /// <summary>The amounts as longs, refusing totals the engine would refuse (its deposit totals stay below Unaffordable).</summary>
    private static long[] ToLongs(Int128[] amounts, string what)
    {
        Int128 total = 0;
        foreach (var a in amounts) total += a;
        if (total >= Money.Unaffordable)
            throw new InvalidOperationException($"funding: the stream needs {total} {what} in all, more than the engine accepts ({Money.Unaffordable}); use fewer --orders");
        return amounts.Select(a => (long)a).ToArray();
    }
}
