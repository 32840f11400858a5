using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Accounts;

/// <summary>
/// Cash arithmetic in fixed point. Cash is counted in units of 10^-<see cref="CashScale"/> of a currency, whatever
/// the price scale of the instrument that moves it; <see cref="CashConversion"/> turns price times quantity into
/// cash for one instrument. Every rounding is down (floor), which keeps reservations exact: the cash reserved for
/// an order's remaining quantity never falls short of what its fills charge (floor is superadditive).
/// </summary>
public static class Money
{
    /// <summary>Decimals of a cash amount: 1 euro is 10,000 cash units.</summary>
    public const int CashScale = 4;

    /// <summary>Most currencies an engine with accounts keeps: those of its listed instruments.</summary>
    public const int MaxCurrencies = 16;

    /// <summary>Cash units in one unit of currency (10^<see cref="CashScale"/>).</summary>
    public const long CashUnitsPerCurrencyUnit = 10_000;

    /// <summary>
    /// A value no account can reach: what an overflowing price times quantity reads as, so such an order fails the
    /// cash check instead of wrapping around.
    /// </summary>
    public const long Unaffordable = long.MaxValue / 4;

    /// <summary>The fee on <paramref name="value"/> at <paramref name="bps"/> basis points, rounded down.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Fee(long value, long bps)
    {
        if (bps == 0) return 0;
        return value <= long.MaxValue / 10_000 ? value * bps / 10_000 : (long)((Int128)value * bps / 10_000);
    }
}
