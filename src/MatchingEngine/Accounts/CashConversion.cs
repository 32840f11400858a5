using System.Runtime.CompilerServices;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Matching.Accounts;

/// <summary>
/// Price times quantity in cash units for one instrument: <c>floor(price * quantity * Multiplier / Divisor)</c>,
/// the ratio reduced once at listing. An equity at price scale 4 is 1/1; a bond quoted in percent of nominal
/// divides by 100 more (99.50% of 1,000 nominal is 995 euro).
/// </summary>
public readonly struct CashConversion
{
    private readonly long _multiplier;
    private readonly long _divisor;

    private CashConversion(long multiplier, long divisor)
    {
        long gcd = Gcd(multiplier, divisor);
        _multiplier = multiplier / gcd;
        _divisor = divisor / gcd;
    }

    /// <summary>The conversion of <paramref name="spec"/>'s prices into cash.</summary>
    public static CashConversion For(InstrumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        long multiplier = 1, divisor = 1;
        for (int s = spec.PriceScale; s < Money.CashScale; s++) multiplier *= 10;
        for (int s = Money.CashScale; s < spec.PriceScale; s++) divisor *= 10;
        if (spec.Kind == InstrumentKind.Bond) divisor *= 100;
        return new CashConversion(multiplier, divisor);
    }

    /// <summary>The cash value of <paramref name="quantity"/> at <paramref name="price"/>, rounded down; <see cref="Money.Unaffordable"/> when it would overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Value(long price, long quantity)
    {
        // The common case, a price scale at or below the cash scale: only a multiplication, checked in 128 bits by
        // the hardware's wide multiply instead of a software 128-bit division.
        if (_divisor == 1 && (ulong)price <= (ulong)(long.MaxValue / _multiplier))
        {
            long high = Math.BigMul(price * _multiplier, quantity, out long low);
            return high == 0 && low is >= 0 and < Money.Unaffordable ? low : Money.Unaffordable;
        }
        return Scaled(price, quantity);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long Scaled(long price, long quantity)
    {
        var value = (Int128)price * quantity * _multiplier / _divisor;
        return value >= 0 && value < Money.Unaffordable ? (long)value : Money.Unaffordable;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
