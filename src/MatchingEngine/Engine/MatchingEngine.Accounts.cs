using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Books;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Engine;

public sealed partial class MatchingEngine<THandler>
{
    /// <summary>
    /// Carries out an administrative account command (see <see cref="AccountAction"/>). A command that cannot be
    /// carried out in full is rejected with an <see cref="Events.OrderRejected"/> naming why, and changes nothing.
    /// </summary>
    public void ApplyAccount(in AccountCommand command)
    {
        if (!BeginCommand(command.Time, CommandKind.Account, command.Instrument, command.Participant, 0)) return;
        var code = _ledger is null ? ResultCode.AccountsDisabled : CarryOut(_ledger, in command);
        if (code != ResultCode.Ok)
        {
            Reject(command.Time, CommandKind.Account, command.Instrument, command.Participant, 0, 0, code);
            return;
        }
        _clock = command.Time;
    }

    /// <summary>Validates and, only if everything is valid, applies the command; returns why not otherwise.</summary>
    private ResultCode CarryOut(AccountLedger ledger, in AccountCommand c)
    {
        if (c.Participant is < 1 or > MaxParticipant) return ResultCode.InvalidParticipant;
        if (c.Price != 0 && c.Action != AccountAction.DepositHoldings) return ResultCode.InvalidAccountAction;
        if (c.Action == AccountAction.OpenAccount) return OpenAccount(ledger, in c);
        if (ledger.CategoryOf(c.Participant) == ParticipantCategory.None) return ResultCode.AccountNotOpen;
        return c.Action switch
        {
            AccountAction.DepositCash or AccountAction.WithdrawCash or AccountAction.ChargeFee => MoveCash(ledger, in c),
            AccountAction.DepositHoldings or AccountAction.WithdrawHoldings or AccountAction.TransferHoldings => MoveHoldings(ledger, in c),
            AccountAction.PayDividend or AccountAction.PayCoupon or AccountAction.RedeemBond => PayDistribution(ledger, in c),
            _ => ResultCode.InvalidAccountAction,
        };
    }

    private ResultCode OpenAccount(AccountLedger ledger, in AccountCommand c)
    {
        if (c.Category is < ParticipantCategory.Retail or > ParticipantCategory.Committee) return ResultCode.InvalidCategory;
        if (c.Amount < 0) return ResultCode.InvalidAmount;
        EnsureAccountArrays(c.Participant);
        ref var account = ref ledger.Participant(c.Participant);
        // Lowering the short-sale limit below what open sell orders and short positions already use would leave
        // them uncovered; the committee must close them first.
        if (c.Amount < account.ShortSaleLimit && ShortSaleUse(c.Participant) > c.Amount) return ResultCode.InsufficientHoldings;
        account.Category = c.Category;
        account.ShortSaleLimit = c.Amount;
        return ResultCode.Ok;
    }

    /// <summary>
    /// Makes room for <paramref name="participant"/> in every cash and holdings array, so that the matching path can
    /// index them directly for anyone with an account (only account holders place orders or receive units).
    /// </summary>
    private void EnsureAccountArrays(int participant)
    {
        _ledger!.EnsureCapacity(participant);
        foreach (var book in _booksInIdOrder) book.Accounts!.Holding(participant);
    }

    /// <summary>The most any one instrument's sell orders and short position use of the participant's short-sale allowance.</summary>
    private long ShortSaleUse(int participant)
    {
        long use = 0;
        foreach (var book in _booksInIdOrder)
        {
            ref var h = ref book.Accounts!.Holding(participant);
            use = Math.Max(use, h.Reserved - h.Total);
        }
        return use;
    }

    private ResultCode MoveCash(AccountLedger ledger, in AccountCommand c)
    {
        if (c.Instrument != 0 || c.Counterparty != 0 || c.Category != ParticipantCategory.None) return ResultCode.InvalidAccountAction;
        if (c.Amount <= 0 || c.Amount >= Money.Unaffordable) return ResultCode.InvalidAmount;
        // Only the currencies of listed instruments: cash in another could buy nothing, and the host can then check a
        // listing's currency against the limit before journaling it.
        int currency = ledger.IndexOf(c.Currency);
        if (currency < 0)
            return c.Action == AccountAction.DepositCash || !CurrencyCode.IsValid(c.Currency) ? ResultCode.InvalidCurrency : ResultCode.InsufficientCash;
        ref var cash = ref ledger.Cash(currency, c.Participant);
        switch (c.Action)
        {
            case AccountAction.DepositCash:
                if (cash.Total + cash.Pending + c.Amount >= Money.Unaffordable || ledger.NetDeposits[currency] + c.Amount >= Money.Unaffordable)
                    return ResultCode.InvalidAmount;
                cash.Total += c.Amount;
                ledger.NetDeposits[currency] += c.Amount;
                break;
            case AccountAction.WithdrawCash:
                if (cash.Total - cash.Reserved < c.Amount) return ResultCode.InsufficientCash;
                cash.Total -= c.Amount;
                ledger.NetDeposits[currency] -= c.Amount;
                break;
            default: // a listing or annual fee: cash stays in the engine, in the exchange's fee account
                if (cash.Total - cash.Reserved < c.Amount) return ResultCode.InsufficientCash;
                cash.Total -= c.Amount;
                ledger.Fees[currency] += c.Amount;
                break;
        }
        return ResultCode.Ok;
    }

    private ResultCode MoveHoldings(AccountLedger ledger, in AccountCommand c)
    {
        if (c.Currency != 0 || c.Category != ParticipantCategory.None) return ResultCode.InvalidAccountAction;
        var book = TryGetBook(c.Instrument);
        if (book is null) return ResultCode.UnknownInstrument;
        if (c.Amount <= 0 || c.Amount >= Money.Unaffordable) return ResultCode.InvalidAmount;
        var accounts = book.Accounts!;
        ref var holding = ref accounts.Holding(c.Participant);
        switch (c.Action)
        {
            case AccountAction.DepositHoldings:
                if (c.Counterparty != 0) return ResultCode.InvalidAccountAction;
                if (accounts.UnitsOutstanding + c.Amount >= Money.Unaffordable) return ResultCode.InvalidAmount;
                if (c.Price < 0) return ResultCode.PriceNotPositive;
                long cost = accounts.Cash.Value(c.Price, c.Amount);
                if (cost == Money.Unaffordable) return ResultCode.InvalidAmount;
                // Booked at the given unit price (zero: at no cost, so its whole value is profit when sold).
                holding.RecordTrade(c.Amount, -cost);
                holding.Total += c.Amount;
                accounts.UnitsOutstanding += c.Amount;
                break;
            case AccountAction.WithdrawHoldings:
                if (c.Counterparty != 0) return ResultCode.InvalidAccountAction;
                if (holding.Total - holding.Reserved < c.Amount) return ResultCode.InsufficientHoldings;
                holding.RecordTrade(-c.Amount, 0);
                holding.Total -= c.Amount;
                accounts.UnitsOutstanding -= c.Amount;
                break;
            default:
                if (c.Counterparty == c.Participant) return ResultCode.InvalidAccountAction;
                if (c.Counterparty is < 1 or > MaxParticipant || ledger.CategoryOf(c.Counterparty) == ParticipantCategory.None) return ResultCode.AccountNotOpen;
                if (holding.Total - holding.Reserved < c.Amount) return ResultCode.InsufficientHoldings;
                Transfer(accounts, ref holding, c.Counterparty, c.Amount);
                break;
        }
        return ResultCode.Ok;
    }

    /// <summary>Moves units with their share of the sender's cost basis, so neither side books a profit on a transfer.</summary>
    private static void Transfer(InstrumentAccounts accounts, ref HoldingAccount from, int to, long units)
    {
        long position = from.Total + from.Pending;
        long basis = position == units ? from.CostBasis : (long)((Int128)from.CostBasis * units / position);
        from.CostBasis -= basis;
        from.Total -= units;
        ref var receiver = ref accounts.Holding(to);
        receiver.RecordTrade(units, -basis);
        receiver.Total += units;
    }

    /// <summary>
    /// Pays a dividend, coupon or redemption from the issuer's cash to every holder of record: each participant
    /// with a positive settled position at the command's time (the record date). Units bought but not yet settled
    /// are not of record; short positions are neither paid nor charged (no manufactured payments in this model).
    /// A redemption also cancels the holdings, and needs a quiet instrument (no orders, nothing pending, no shorts).
    /// </summary>
    private ResultCode PayDistribution(AccountLedger ledger, in AccountCommand c)
    {
        if (c.Counterparty != 0 || c.Category != ParticipantCategory.None) return ResultCode.InvalidAccountAction;
        var book = TryGetBook(c.Instrument);
        if (book is null) return ResultCode.UnknownInstrument;
        if (c.Amount <= 0) return ResultCode.InvalidAmount;
        var accounts = book.Accounts!;
        if (c.Currency != 0 && c.Currency != ledger.CurrencyCodeAt(accounts.CurrencyIndex)) return ResultCode.CurrencyMismatch;
        var kind = book.Kind;
        bool allowed = c.Action switch
        {
            AccountAction.PayDividend => kind is InstrumentKind.EquityShare or InstrumentKind.CappedDividendShare,
            _ => kind == InstrumentKind.Bond,
        };
        if (!allowed) return ResultCode.DistributionNotAllowed;
        if (c.Action == AccountAction.PayDividend && accounts.Rules.DividendCapPerUnit > 0 && c.Amount > accounts.Rules.DividendCapPerUnit)
            return ResultCode.DividendAboveCap;

        var holdings = accounts.Holdings;
        Int128 total = 0;
        for (int p = 0; p < holdings.Length; p++)
        {
            ref var h = ref holdings[p];
            if (h.Total > 0) total += (Int128)h.Total * c.Amount;
            if (c.Action == AccountAction.RedeemBond && (h.Reserved != 0 || h.Pending != 0 || h.Total < 0)) return ResultCode.RedemptionBlocked;
        }
        if (c.Action == AccountAction.RedeemBond && accounts.Pending.Count > 0) return ResultCode.RedemptionBlocked;
        ref var payer = ref ledger.Cash(accounts.CurrencyIndex, c.Participant);
        if (total > payer.Total - payer.Reserved) return ResultCode.InsufficientCash;

        payer.Total -= (long)total;
        for (int p = 0; p < holdings.Length; p++)
        {
            ref var h = ref holdings[p];
            if (h.Total <= 0) continue;
            long payment = h.Total * c.Amount;
            ref var cash = ref ledger.Cash(accounts.CurrencyIndex, p);
            cash.Total += payment;
            if (c.Action == AccountAction.RedeemBond)
            {
                h.RecordTrade(-h.Total, payment); // redemption closes the position at the redemption price
                accounts.UnitsOutstanding -= h.Total;
                h.Total = 0;
            }
            else
            {
                h.RealisedPnl += payment; // income
            }
        }
        return ResultCode.Ok;
    }

    /// <summary>Whether the engine keeps accounts.</summary>
    public bool KeepsAccounts => _ledger is not null;

    /// <summary>A participant's category; <see cref="ParticipantCategory.None"/> when it has no account (or the engine keeps none).</summary>
    public ParticipantCategory CategoryOf(int participant) => _ledger?.CategoryOf(participant) ?? ParticipantCategory.None;

    /// <summary>A participant's cash in a currency (an ISO 4217 code); zero balances when it has none.</summary>
    public CashBalance CashOf(int participant, string currency)
    {
        var ledger = RequireLedger();
        int index = ledger.IndexOf(CurrencyCode.Pack(currency));
        if (index < 0 || participant is < 0 or > MaxParticipant) return default;
        return ledger.Cash(index, participant).ToBalance();
    }

    /// <summary>A participant's holding of an instrument; zero balances when it has none.</summary>
    public HoldingBalance HoldingOf(int participant, int instrument)
    {
        RequireLedger();
        var accounts = BookOf(instrument).Accounts!;
        return participant is < 0 or > MaxParticipant ? default : accounts.Holding(participant).ToBalance();
    }

    /// <summary>
    /// Profit and loss of a participant's position not yet realised, marked at <paramref name="markPrice"/>: the
    /// position's cash value at that price less its cost basis. Mark at <see cref="LastPriceOf"/> for the last
    /// trade, or at the closing auction price (the static reference after the close) for the close.
    /// </summary>
    public long UnrealisedPnlOf(int participant, int instrument, long markPrice)
    {
        var holding = HoldingOf(participant, instrument);
        var accounts = BookOf(instrument).Accounts!;
        long units = Math.Abs(holding.Position);
        long value = accounts.Cash.Value(markPrice, units);
        return (holding.Position < 0 ? -value : value) - holding.CostBasis;
    }

    /// <summary>Fees the exchange has collected in a currency: trading fees and the listing and annual fees charged.</summary>
    public long FeesCollected(string currency)
    {
        var ledger = RequireLedger();
        int index = ledger.IndexOf(CurrencyCode.Pack(currency));
        return index < 0 ? 0 : ledger.Fees[index];
    }

    private AccountLedger RequireLedger() =>
        _ledger ?? throw new InvalidOperationException("the engine keeps no accounts: create it with EngineOptions.Accounts = true");
}
