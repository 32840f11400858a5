using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Snapshots;

namespace SocialExchange.Matching.Engine;

public sealed partial class MatchingEngine<THandler>
{
    // The accounts in a snapshot (format version 2), written in the same canonical order as the state hash: the
    // currency codes right after the engine counters, each book's holdings, units outstanding and pending settlements
    // after its orders, then participants, and cash, fees and net deposits per currency.

    private static void WriteInstrumentAccounts(SnapshotBodyWriter w, InstrumentAccounts accounts)
    {
        w.Write(accounts.UnitsOutstanding);
        var holdings = HoldingsOf(accounts).ToList();
        w.Write(holdings.Count);
        foreach (var (participant, h) in holdings)
        {
            w.Write(participant);
            w.Write(h.Total);
            w.Write(h.Reserved);
            w.Write(h.Pending);
            w.Write(h.CostBasis);
            w.Write(h.RealisedPnl);
        }
        w.Write(accounts.Pending.Count);
        foreach (var s in accounts.Pending.Items())
        {
            w.Write(s.Due);
            w.Write(s.Buyer);
            w.Write(s.Seller);
            w.Write(s.Quantity);
            w.Write(s.Proceeds);
        }
    }

    private static void WriteLedger(SnapshotBodyWriter w, AccountLedger ledger)
    {
        var participants = Enumerable.Range(0, ledger.Participants.Length).Where(p => ledger.Participants[p].Category != ParticipantCategory.None).ToList();
        w.Write(participants.Count);
        foreach (int p in participants)
        {
            w.Write(p);
            w.Write((byte)ledger.Participants[p].Category);
            w.Write(ledger.Participants[p].ShortSaleLimit);
        }
        for (int c = 0; c < ledger.CurrencyCount; c++)
        {
            w.Write(ledger.Fees[c]);
            w.Write(ledger.NetDeposits[c]);
            var cash = ledger.CashAccounts(c).ToList();
            w.Write(cash.Count);
            foreach (var (participant, account) in cash)
            {
                w.Write(participant);
                w.Write(account.Total);
                w.Write(account.Reserved);
                w.Write(account.Pending);
            }
        }
    }

    private static void ReadCurrencies(SnapshotBodyReader r, AccountLedger ledger)
    {
        int count = r.ReadInt32();
        if (count is < 0 or > AccountLedger.MaxCurrencies) throw new SnapshotFormatException($"snapshot names {count} currencies (at most {AccountLedger.MaxCurrencies})");
        for (int c = 0; c < count; c++)
        {
            int code = r.ReadInt32();
            if (ledger.IndexOrAdd(code) != c) throw new SnapshotFormatException($"currency {c} ({CurrencyCode.Unpack(code)}) is not a valid code or is listed twice");
        }
    }

    private static void ReadInstrumentAccounts(SnapshotBodyReader r, InstrumentAccounts accounts)
    {
        accounts.UnitsOutstanding = r.ReadInt64();
        int holdings = r.ReadInt32();
        for (int i = 0; i < holdings; i++)
        {
            ref var h = ref accounts.Holding(ReadParticipantId(r));
            h.Total = r.ReadInt64();
            h.Reserved = r.ReadInt64();
            h.Pending = r.ReadInt64();
            h.CostBasis = r.ReadInt64();
            h.RealisedPnl = r.ReadInt64();
        }
        int pending = r.ReadInt32();
        for (int i = 0; i < pending; i++)
        {
            var s = new PendingSettlement
            {
                Due = r.ReadInt64(), Buyer = ReadParticipantId(r), Seller = ReadParticipantId(r), Quantity = r.ReadInt64(), Proceeds = r.ReadInt64(),
            };
            accounts.Pending.Enqueue(in s);
        }
    }

    private void ReadLedger(SnapshotBodyReader r, AccountLedger ledger)
    {
        int participants = r.ReadInt32();
        for (int i = 0; i < participants; i++)
        {
            ref var account = ref ledger.Participant(ReadParticipantId(r));
            account.Category = (ParticipantCategory)r.ReadByte();
            account.ShortSaleLimit = r.ReadInt64();
        }
        // The arrays' lengths are not in the snapshot; the matching path needs room for every account holder.
        if (ledger.Participants.Length > 0) EnsureAccountArrays(ledger.Participants.Length - 1);
        for (int c = 0; c < ledger.CurrencyCount; c++)
        {
            ledger.Fees[c] = r.ReadInt64();
            ledger.NetDeposits[c] = r.ReadInt64();
            int accounts = r.ReadInt32();
            for (int i = 0; i < accounts; i++)
            {
                ref var cash = ref ledger.Cash(c, ReadParticipantId(r));
                cash.Total = r.ReadInt64();
                cash.Reserved = r.ReadInt64();
                cash.Pending = r.ReadInt64();
            }
        }
    }

    private static int ReadParticipantId(SnapshotBodyReader r)
    {
        int participant = r.ReadInt32();
        if (participant is < 0 or > MaxParticipant) throw new SnapshotFormatException($"participant id {participant} is out of range");
        return participant;
    }
}
