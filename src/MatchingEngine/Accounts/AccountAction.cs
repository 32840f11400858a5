namespace SocialExchange.Matching.Accounts;

/// <summary>
/// What an <see cref="Commands.AccountCommand"/> does. These are the administrative commands of the accounts: they
/// enter through the same ring and journal as orders, so a replay rebuilds every balance.
/// </summary>
public enum AccountAction : byte
{
    /// <summary>Opens the participant's account with a category and a short-sale limit, or updates them.</summary>
    OpenAccount = 1,

    /// <summary>Credits cash in a currency (a simulated endowment).</summary>
    DepositCash = 2,

    /// <summary>Debits available cash in a currency.</summary>
    WithdrawCash = 3,

    /// <summary>Credits holdings of an instrument (an issuer's own shares before an offer, an endowment).</summary>
    DepositHoldings = 4,

    /// <summary>Debits available holdings of an instrument.</summary>
    WithdrawHoldings = 5,

    /// <summary>
    /// Moves available holdings to the counterparty: the only way a non-transferable instrument changes hands, and
    /// how an offer's allocation is delivered.
    /// </summary>
    TransferHoldings = 6,

    /// <summary>The participant (an issuer) pays a cash dividend per unit to every holder of record of a share.</summary>
    PayDividend = 7,

    /// <summary>The participant (an issuer) pays a coupon per unit of nominal to every holder of record of a bond.</summary>
    PayCoupon = 8,

    /// <summary>The participant (an issuer) redeems a bond at maturity: pays per unit and cancels the holdings.</summary>
    RedeemBond = 9,

    /// <summary>Moves cash from the participant to the exchange's fee account (listing and annual fees).</summary>
    ChargeFee = 10,
}
