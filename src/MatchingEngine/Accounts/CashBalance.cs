namespace SocialExchange.Matching.Accounts;

/// <summary>
/// A participant's cash in one currency, in cash units (10^-<see cref="Money.CashScale"/> of the currency).
/// <see cref="Total"/> is settled cash, <see cref="Reserved"/> the part held for open buy orders, and
/// <see cref="Pending"/> sale proceeds waiting for settlement (not yet in the total).
/// </summary>
public readonly record struct CashBalance(long Total, long Reserved, long Pending)
{
    /// <summary>What a new buy order or a withdrawal may use.</summary>
    public long Available => Total - Reserved;
}
