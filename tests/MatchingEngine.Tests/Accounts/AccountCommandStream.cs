using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Tests.Oracle;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Accounts;

/// <summary>
/// The oracle's random order stream with accounts: it first opens an account for each of the six trading
/// participants (one retail, who may not trade the second instrument; one market maker with a short-sale limit)
/// and an issuer (participant 7), funds them modestly so that some orders fail the cash or holdings check, then
/// mixes in account commands (deposits, withdrawals, transfers, dividends, coupons on nothing, fees, bad amounts)
/// among the orders. Seeded: the same seed gives the same commands.
/// </summary>
public sealed class AccountCommandStream(ulong seed)
{
    private static readonly int Eur = CurrencyCode.Pack("EUR");
    private readonly RandomCommandStream _orders = new(seed, 2);
    private readonly Queue<AccountCommand> _setup = new(Setup());
    private SplitMix64 _random = new(seed ^ 0xACC0_0A7E);
    private long _time;

    public object Next()
    {
        if (_setup.Count > 0) return _setup.Dequeue();
        if (Below(100) < 5) return NextAccountCommand();
        var command = _orders.Next();
        _time = Math.Max(_time, CommandTime.Of(command));
        return command;
    }

    private static IEnumerable<AccountCommand> Setup()
    {
        ParticipantCategory[] categories =
            [ParticipantCategory.Retail, ParticipantCategory.Professional, ParticipantCategory.Professional,
             ParticipantCategory.MarketMaker, ParticipantCategory.Professional, ParticipantCategory.Committee];
        for (int p = 1; p <= 6; p++)
        {
            yield return new AccountCommand(0, AccountAction.OpenAccount, p, Amount: p == 4 ? 50 : 0, Category: categories[p - 1]);
            // Prices are at scale 0: one price unit is 10,000 cash units, so 100 shares at 100 cost 100,000,000.
            yield return new AccountCommand(0, AccountAction.DepositCash, p, Currency: Eur, Amount: p * 40_000_000L);
            yield return new AccountCommand(0, AccountAction.DepositHoldings, p, Instrument: 1, Amount: p * 60);
            yield return new AccountCommand(0, AccountAction.DepositHoldings, p, Instrument: 2, Amount: p * 100);
        }
        yield return new AccountCommand(0, AccountAction.OpenAccount, 7, Category: ParticipantCategory.Issuer);
        yield return new AccountCommand(0, AccountAction.DepositCash, 7, Currency: Eur, Amount: 5_000_000_000);
    }

    private AccountCommand NextAccountCommand()
    {
        int participant = 1 + Below(7);
        int instrument = 1 + Below(2);
        return Below(10) switch
        {
            0 or 1 => new AccountCommand(_time, AccountAction.DepositCash, participant, Currency: Eur, Amount: Below(20_000_000)),
            2 => new AccountCommand(_time, AccountAction.WithdrawCash, participant, Currency: Eur, Amount: Below(80_000_000)),
            3 => new AccountCommand(_time, AccountAction.DepositHoldings, participant, instrument, Amount: Below(3) * 10),
            4 => new AccountCommand(_time, AccountAction.WithdrawHoldings, participant, instrument, Amount: 10 + Below(3) * 10),
            5 => new AccountCommand(_time, AccountAction.TransferHoldings, participant, instrument, Counterparty: 1 + Below(7), Amount: 10 * (1 + Below(5))),
            6 => new AccountCommand(_time, AccountAction.PayDividend, 7, Instrument: 1, Amount: 1 + Below(2_000)),
            7 => new AccountCommand(_time, AccountAction.ChargeFee, participant, Currency: Eur, Amount: 1 + Below(1_000_000)),
            8 => new AccountCommand(_time, AccountAction.PayCoupon, 7, Instrument: instrument, Amount: 1 + Below(100)),
            _ => new AccountCommand(_time, (AccountAction)Below(14), participant, instrument, Amount: Below(3) - 1),
        };
    }

    private int Below(int bound) => (int)(_random.Next() % (ulong)bound);
}
