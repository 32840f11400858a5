namespace SocialExchange.Matching.Accounts;

/// <summary>One participant's position in one instrument, as the engine mutates it (see <see cref="HoldingBalance"/> for the meaning of the fields).</summary>
internal struct HoldingAccount
{
    public long Total;
    public long Reserved;
    public long Pending;
    public long CostBasis;
    public long RealisedPnl;

    public readonly HoldingBalance ToBalance() => new(Total, Reserved, Pending, CostBasis, RealisedPnl);

    public readonly bool IsEmpty => (Total | Reserved | Pending | CostBasis | RealisedPnl) == 0;

    /// <summary>
    /// Average-cost accounting of a trade or payment that changes the position by <paramref name="units"/> (positive
    /// bought, negative sold) with <paramref name="cashFlow"/> (positive received, negative paid, fees included).
    /// Call it before the balances change. The part of the trade that reduces the position realises profit or loss
    /// against its share of the cost basis; the rest opens or extends a position and adds to the basis. Divisions
    /// round toward zero, deterministically.
    /// </summary>
    public void RecordTrade(long units, long cashFlow)
    {
        long position = Total + Pending;
        if (position == 0 || (position > 0) == (units > 0))
        {
            CostBasis -= cashFlow;
            return;
        }
        long size = Math.Abs(position);
        long traded = Math.Abs(units);
        long closing = Math.Min(traded, size);
        long released = closing == size ? CostBasis : MultiplyDivide(CostBasis, closing, size);
        long closingCash = closing == traded ? cashFlow : MultiplyDivide(cashFlow, closing, traded);
        CostBasis -= released;
        RealisedPnl += closingCash - released;
        CostBasis -= cashFlow - closingCash; // what is left opens a position the other way
    }

    /// <summary><c>value * numerator / denominator</c> rounded toward zero; 64-bit when the product fits, as it usually does.</summary>
    private static long MultiplyDivide(long value, long numerator, long denominator)
    {
        long high = Math.BigMul(value, numerator, out long low);
        return high == low >> 63 ? low / denominator : (long)((Int128)value * numerator / denominator);
    }
}
