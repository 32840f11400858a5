namespace SocialExchange.Matching.Accounts;

/// <summary>One participant's cash in one currency, as the engine mutates it (see <see cref="CashBalance"/> for the meaning of the fields).</summary>
internal struct CashAccount
{
    public long Total;
    public long Reserved;
    public long Pending;

    public readonly CashBalance ToBalance() => new(Total, Reserved, Pending);
}
