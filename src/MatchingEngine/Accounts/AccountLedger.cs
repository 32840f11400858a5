using System.Numerics;
using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Accounts;

/// <summary>
/// Participants and their cash, for an engine that keeps accounts. Cash lives in one array per currency indexed by
/// participant id, so the matching path reaches an account with two array loads. Currencies are those of the listed
/// instruments, indexed in listing order, which a replay repeats; cash in any other currency is refused (nothing
/// could be bought with it). Holdings live with each instrument
/// (<see cref="InstrumentAccounts"/>). Single-threaded like the rest of the engine.
/// </summary>
internal sealed class AccountLedger
{
    /// <summary>Most currencies one engine keeps.</summary>
    public const int MaxCurrencies = Money.MaxCurrencies;

    private readonly List<int> _currencyCodes = [];
    private CashAccount[][] _cash = [];

    public AccountLedger(int expectedParticipants)
    {
        Participants = new ParticipantAccount[expectedParticipants];
    }

    /// <summary>Account settings by participant id, grown on demand.</summary>
    public ParticipantAccount[] Participants;

    /// <summary>Fees collected by the exchange, per currency index.</summary>
    public long[] Fees = new long[MaxCurrencies];

    /// <summary>Cash deposited less cash withdrawn, per currency index: what all cash and fees add up to.</summary>
    public long[] NetDeposits = new long[MaxCurrencies];

    public int CurrencyCount => _currencyCodes.Count;

    /// <summary>The packed code of a currency index.</summary>
    public int CurrencyCodeAt(int index) => _currencyCodes[index];

    /// <summary>The index of a packed currency code, or -1 when the engine has not seen it.</summary>
    public int IndexOf(int currencyCode) => _currencyCodes.IndexOf(currencyCode);

    /// <summary>The index of a packed currency code, adding it if new; -1 when it is not a code or the table is full.</summary>
    public int IndexOrAdd(int currencyCode)
    {
        int index = _currencyCodes.IndexOf(currencyCode);
        if (index >= 0) return index;
        if (!CurrencyCode.IsValid(currencyCode) || _currencyCodes.Count == MaxCurrencies) return -1;
        _currencyCodes.Add(currencyCode);
        Array.Resize(ref _cash, _currencyCodes.Count);
        _cash[^1] = new CashAccount[Participants.Length];
        return _currencyCodes.Count - 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref ParticipantAccount Participant(int participant)
    {
        if (participant >= Participants.Length) GrowParticipants(participant);
        return ref Participants[participant];
    }

    /// <summary>The category of a participant, <see cref="ParticipantCategory.None"/> when it has no account.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ParticipantCategory CategoryOf(int participant) =>
        (uint)participant < (uint)Participants.Length ? Participants[participant].Category : ParticipantCategory.None;

    /// <summary>
    /// A currency's cash accounts by participant id. Every participant with an account has an entry (see
    /// <see cref="EnsureCapacity"/>), so the matching path indexes it directly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CashAccount[] CashArray(int currencyIndex) => _cash[currencyIndex];

    /// <summary>Grows the participant table and every currency's cash accounts to hold <paramref name="participant"/>.</summary>
    public void EnsureCapacity(int participant)
    {
        Participant(participant);
        for (int c = 0; c < _cash.Length; c++)
            if (participant >= _cash[c].Length) GrowCash(c, participant);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref CashAccount Cash(int currencyIndex, int participant)
    {
        var accounts = _cash[currencyIndex];
        if (participant >= accounts.Length) accounts = GrowCash(currencyIndex, participant);
        return ref accounts[participant];
    }

    /// <summary>Every cash account of a currency with its participant id (checks, hashing, snapshots; allocates).</summary>
    public IEnumerable<(int Participant, CashAccount Account)> CashAccounts(int currencyIndex)
    {
        var accounts = _cash[currencyIndex];
        for (int p = 0; p < accounts.Length; p++)
            if ((accounts[p].Total | accounts[p].Reserved | accounts[p].Pending) != 0) yield return (p, accounts[p]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowParticipants(int participant) =>
        Array.Resize(ref Participants, (int)BitOperations.RoundUpToPowerOf2((uint)participant + 1));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private CashAccount[] GrowCash(int currencyIndex, int participant)
    {
        Array.Resize(ref _cash[currencyIndex], (int)BitOperations.RoundUpToPowerOf2((uint)participant + 1));
        return _cash[currencyIndex];
    }
}
