using System.Numerics;
using System.Runtime.CompilerServices;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Matching.Accounts;

/// <summary>
/// The account side of one instrument, kept with its book: holdings by participant, trades waiting for
/// settlement, and the rules the matching path reads (cash conversion, fees, currency), copied into fields.
/// </summary>
internal sealed class InstrumentAccounts
{
    public InstrumentAccounts(InstrumentSpec spec, int currencyIndex, int expectedParticipants)
    {
        Rules = spec.AccountRules;
        Cash = CashConversion.For(spec);
        CurrencyIndex = currencyIndex;
        MakerFeeBps = Rules.MakerFeeBps;
        TakerFeeBps = Rules.TakerFeeBps;
        ReserveFeeBps = Math.Max(MakerFeeBps, TakerFeeBps);
        SettlementDelay = Rules.SettlementDelay;
        Holdings = new HoldingAccount[expectedParticipants];
    }

    public readonly AccountRules Rules;
    public readonly CashConversion Cash;
    public readonly int CurrencyIndex;
    public readonly long MakerFeeBps;
    public readonly long TakerFeeBps;

    /// <summary>Buy orders reserve fees at the higher rate: they cannot know whether they will make or take.</summary>
    public readonly long ReserveFeeBps;
    public readonly long SettlementDelay;

    /// <summary>Holdings by participant id, grown on demand.</summary>
    public HoldingAccount[] Holdings;

    public readonly SettlementQueue Pending = new();

    /// <summary>Units deposited less units withdrawn and redeemed: what the holdings of all participants add up to.</summary>
    public long UnitsOutstanding;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref HoldingAccount Holding(int participant)
    {
        if (participant >= Holdings.Length) Grow(participant);
        return ref Holdings[participant];
    }

    /// <summary>Cash a buy of <paramref name="quantity"/> at <paramref name="price"/> must have reserved: value plus the higher fee.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Reservation(long price, long quantity)
    {
        long value = Cash.Value(price, quantity);
        return value == Money.Unaffordable ? Money.Unaffordable : value + Money.Fee(value, ReserveFeeBps);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int participant) => Array.Resize(ref Holdings, (int)BitOperations.RoundUpToPowerOf2((uint)participant + 1));
}
