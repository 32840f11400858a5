using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Engine;

public sealed partial class MatchingEngine<THandler>
{
    /// <summary>
    /// Adds the accounts to the state hash in a canonical order: participants by id, then per currency (in the order
    /// the engine met them) every non-zero cash account, the fees and net deposits, then per instrument every
    /// non-empty holding, the units outstanding and the pending settlements oldest first.
    /// </summary>
    private void AddAccountsTo(StateHasher hasher)
    {
        var ledger = _ledger!;
        for (int p = 0; p < ledger.Participants.Length; p++)
        {
            var account = ledger.Participants[p];
            if (account.Category == ParticipantCategory.None) continue;
            hasher.Add(p);
            hasher.Add((long)account.Category);
            hasher.Add(account.ShortSaleLimit);
        }
        for (int c = 0; c < ledger.CurrencyCount; c++)
        {
            hasher.Add(ledger.CurrencyCodeAt(c));
            foreach (var (participant, cash) in ledger.CashAccounts(c))
            {
                hasher.Add(participant);
                hasher.Add(cash.Total);
                hasher.Add(cash.Reserved);
                hasher.Add(cash.Pending);
            }
            hasher.Add(ledger.Fees[c]);
            hasher.Add(ledger.NetDeposits[c]);
        }
        foreach (var book in _booksInIdOrder)
        {
            var accounts = book.Accounts!;
            hasher.Add(book.Id);
            foreach (var (participant, h) in HoldingsOf(accounts))
            {
                hasher.Add(participant);
                hasher.Add(h.Total);
                hasher.Add(h.Reserved);
                hasher.Add(h.Pending);
                hasher.Add(h.CostBasis);
                hasher.Add(h.RealisedPnl);
            }
            hasher.Add(accounts.UnitsOutstanding);
            foreach (var s in accounts.Pending.Items())
            {
                hasher.Add(s.Due);
                hasher.Add(s.Buyer);
                hasher.Add(s.Seller);
                hasher.Add(s.Quantity);
                hasher.Add(s.Proceeds);
            }
        }
    }

    private static IEnumerable<(int Participant, HoldingAccount Holding)> HoldingsOf(InstrumentAccounts accounts)
    {
        for (int p = 0; p < accounts.Holdings.Length; p++)
            if (!accounts.Holdings[p].IsEmpty) yield return (p, accounts.Holdings[p]);
    }

    /// <summary>
    /// The invariants of the accounts (part of <see cref="ValidateInternalState"/>): no cash balance, reservation or
    /// pending amount negative and nothing reserved beyond the total; holdings short only within the participant's
    /// allowance; every reservation equal, per participant, to the sum over its open orders; cash conserved (all
    /// cash plus fees equals net deposits) and units conserved (all holdings equal units outstanding); pending
    /// amounts equal to the pending settlements.
    /// </summary>
    private void ValidateAccounts(AccountLedger ledger)
    {
        var reservedCash = new Dictionary<(int Currency, int Participant), long>();
        var reservedUnits = new Dictionary<(int Instrument, int Participant), long>();
        foreach (var book in _booksInIdOrder)
        {
            var accounts = book.Accounts!;
            foreach (var order in OpenOrdersOf(book))
            {
                if (order.Side == Side.Buy)
                {
                    var key = (accounts.CurrencyIndex, order.Participant);
                    reservedCash[key] = reservedCash.GetValueOrDefault(key) + accounts.Reservation(order.ProtectionPrice, order.Remaining);
                }
                else
                {
                    var key = (book.Id, order.Participant);
                    reservedUnits[key] = reservedUnits.GetValueOrDefault(key) + order.Remaining;
                }
            }
        }

        var pendingCash = new Dictionary<(int Currency, int Participant), long>();
        foreach (var book in _booksInIdOrder)
        {
            var accounts = book.Accounts!;
            var pendingUnits = new Dictionary<int, long>();
            foreach (var s in accounts.Pending.Items())
            {
                pendingUnits[s.Buyer] = pendingUnits.GetValueOrDefault(s.Buyer) + s.Quantity;
                var key = (accounts.CurrencyIndex, s.Seller);
                pendingCash[key] = pendingCash.GetValueOrDefault(key) + s.Proceeds;
            }
            long units = 0;
            for (int p = 0; p < accounts.Holdings.Length; p++)
            {
                var h = accounts.Holdings[p];
                units += h.Total + h.Pending;
                if (h.IsEmpty) continue;
                long shortLimit = p < ledger.Participants.Length ? ledger.Participants[p].ShortSaleLimit : 0;
                long reserved = reservedUnits.GetValueOrDefault((book.Id, p));
                long pending = pendingUnits.GetValueOrDefault(p);
                // Messages are built only when a check fails: this runs after every command in the tests.
                if (h.Reserved < 0 || h.Pending < 0) Fail($"participant {p} in instrument {book.Id}: reserved {h.Reserved} or pending {h.Pending} is negative");
                if (h.Total - h.Reserved < -shortLimit) Fail($"participant {p} in instrument {book.Id}: total {h.Total} less reserved {h.Reserved} is beyond the short-sale limit {shortLimit}");
                if (h.Reserved != reserved) Fail($"participant {p} in instrument {book.Id}: reserved {h.Reserved} units but open sell orders hold {reserved}");
                if (h.Pending != pending) Fail($"participant {p} in instrument {book.Id}: pending {h.Pending} units but settlements owe {pending}");
            }
            foreach (var ((instrument, p), reserved) in reservedUnits)
                if (instrument == book.Id && (p >= accounts.Holdings.Length || accounts.Holdings[p].Reserved != reserved))
                    Fail($"participant {p} in instrument {book.Id}: open sell orders hold {reserved} units its holding does not reserve");
            foreach (var (p, pending) in pendingUnits)
                if (accounts.Holding(p).Pending != pending) Fail($"participant {p} in instrument {book.Id}: settlements owe {pending} units its holding does not show as pending");
            if (units != accounts.UnitsOutstanding) Fail($"instrument {book.Id}: holdings add up to {units} units but {accounts.UnitsOutstanding} are outstanding");
        }

        for (int c = 0; c < ledger.CurrencyCount; c++)
        {
            string currency = CurrencyCode.Unpack(ledger.CurrencyCodeAt(c));
            long sum = ledger.Fees[c];
            if (ledger.Fees[c] < 0) Fail($"{currency}: fees collected {ledger.Fees[c]} are negative");
            foreach (var (p, cash) in ledger.CashAccounts(c))
            {
                long reserved = reservedCash.GetValueOrDefault((c, p));
                long pending = pendingCash.GetValueOrDefault((c, p));
                if (cash.Reserved < 0 || cash.Pending < 0 || cash.Total < cash.Reserved)
                    Fail($"participant {p} in {currency}: total {cash.Total}, reserved {cash.Reserved}, pending {cash.Pending} (none may be negative, reserved at most the total)");
                if (cash.Reserved != reserved) Fail($"participant {p} in {currency}: reserved {cash.Reserved} but open buy orders hold {reserved}");
                if (cash.Pending != pending) Fail($"participant {p} in {currency}: pending {cash.Pending} but settlements owe {pending}");
                sum += cash.Total + cash.Pending;
            }
            // An account with nothing in it is not listed above: an order or settlement it should fund is a break too.
            foreach (var ((currencyIndex, p), reserved) in reservedCash)
                if (currencyIndex == c && reserved != ledger.Cash(c, p).Reserved) Fail($"participant {p} in {currency}: open buy orders hold {reserved} its cash does not reserve");
            foreach (var ((currencyIndex, p), pending) in pendingCash)
                if (currencyIndex == c && pending != ledger.Cash(c, p).Pending) Fail($"participant {p} in {currency}: settlements owe {pending} its cash does not show as pending");
            if (sum != ledger.NetDeposits[c]) Fail($"{currency}: cash and fees add up to {sum} but net deposits are {ledger.NetDeposits[c]}");
        }
    }

    private static void Fail(string problem) => throw new InvalidOperationException("engine state invalid: " + problem);
}
