namespace SocialExchange.Matching.Accounts;

/// <summary>
/// A participant's position in one instrument. <see cref="Total"/> is settled holdings (negative for a short
/// position), <see cref="Reserved"/> the part held for open sell orders, <see cref="Pending"/> bought units waiting
/// for settlement. <see cref="CostBasis"/> is what the open position cost, fees included (negative for a short: what
/// it brought in), and <see cref="RealisedPnl"/> the profit and loss of closed positions, both in cash units.
/// </summary>
public readonly record struct HoldingBalance(long Total, long Reserved, long Pending, long CostBasis, long RealisedPnl)
{
    /// <summary>What a new sell order, a withdrawal or a transfer may use (short-sale allowance not included).</summary>
    public long Available => Total - Reserved;

    /// <summary>The economic position: settled and pending units.</summary>
    public long Position => Total + Pending;

    /// <summary>Average cost per unit of the position in cash units, zero when flat.</summary>
    public long AverageCost => Position == 0 ? 0 : (long)((Int128)CostBasis / Position);
}
