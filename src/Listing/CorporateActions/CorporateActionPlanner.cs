using SocialExchange.Listing.Exercise;
using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Obligations;
using SocialExchange.Listing.Values;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;

namespace SocialExchange.Listing.CorporateActions;

/// <summary>
/// Turns Listing's corporate actions into engine account commands: coupons (with an impact-linked bond's step-up),
/// dividends (within a capped-dividend share's cap), redemption at maturity, and the listing and annual fees the
/// listing exercise counts. Amounts are per unit the engine holds: one share, or one currency unit of a bond's
/// nominal (a bond's engine quantity is nominal value), in engine cash units (10^-4 of the currency), rounded down.
/// The engine pays holders of record at the command's time, so a command is built for its record date.
/// </summary>
public static class CorporateActionPlanner
{
    /// <summary>
    /// A coupon of the rate in force (the bond's coupon, or the rate a <see cref="CouponStepUp"/> decision set), for
    /// one of <paramref name="paymentsPerYear"/> payments a year.
    /// </summary>
    public static CorporateAction Coupon(
        ProposedInstrument bond, int engineInstrument, int issuer, long recordTime, CouponDecision? decision = null, int paymentsPerYear = 1)
    {
        ArgumentNullException.ThrowIfNull(bond);
        if (!bond.IsBond) return Refused($"{bond.Symbol} is not a bond: {Describe(bond.Kind)} pays no coupon");
        if (paymentsPerYear is < 1 or > 12) return Refused($"payments per year must be 1 to 12, was {paymentsPerYear}");
        decimal rate = decision?.CouponPct ?? bond.CouponPct ?? 0m;
        if (rate <= 0) return Refused($"{bond.Symbol} has no coupon rate");
        long perUnit = CashUnits(rate / 100m / paymentsPerYear);
        if (perUnit <= 0) return Refused($"a coupon of {Amounts.Number(rate)}% in {paymentsPerYear} payments rounds to nothing per unit of nominal");
        string stepUp = decision is { StepUpBps: > 0 } ? $" (stepped up {decision.StepUpBps} bps: {decision.Reason})" : "";
        return new CorporateAction(
            new AccountCommand(recordTime, AccountAction.PayCoupon, issuer, engineInstrument, Amount: perUnit),
            $"coupon of {Amounts.Number(rate)}% a year{(paymentsPerYear > 1 ? $" in {paymentsPerYear} payments" : "")} on {bond.Symbol}{stepUp}: {perUnit} cash units per {bond.Currency} of nominal");
    }

    /// <summary>A cash dividend of <paramref name="perShare"/> (in currency) on a share, refused above a capped-dividend share's cap.</summary>
    public static CorporateAction Dividend(ProposedInstrument share, int engineInstrument, int issuer, long recordTime, decimal perShare)
    {
        ArgumentNullException.ThrowIfNull(share);
        if (!share.IsShare) return Refused($"{share.Symbol} is not a share: {Describe(share.Kind)} pays no dividend");
        if (perShare <= 0) return Refused($"dividend per share must be positive, was {Amounts.Number(perShare)}");
        long perUnit = CashUnits(perShare);
        long cap = EngineInstrumentMapper.DividendCapPerUnit(share);
        if (cap > 0 && perUnit > cap)
            return Refused($"a dividend of {Amounts.Money(perShare, share.Currency)} per share is above the statutory cap of {Amounts.Number(share.DividendCapPct ?? 0)}% of paid-in capital ({Amounts.Money(cap / (decimal)Money.CashUnitsPerCurrencyUnit, share.Currency)})");
        return new CorporateAction(
            new AccountCommand(recordTime, AccountAction.PayDividend, issuer, engineInstrument, Amount: perUnit),
            $"dividend of {Amounts.Money(perShare, share.Currency)} per share on {share.Symbol}");
    }

    /// <summary>Redemption of a bond at <paramref name="pricePct"/> of nominal (par by default); the engine cancels the units.</summary>
    public static CorporateAction Redemption(ProposedInstrument bond, int engineInstrument, int issuer, long recordTime, decimal pricePct = 100m)
    {
        ArgumentNullException.ThrowIfNull(bond);
        if (!bond.IsBond) return Refused($"{bond.Symbol} is not a bond: {Describe(bond.Kind)} is not redeemed");
        if (pricePct <= 0) return Refused($"redemption price must be positive, was {Amounts.Number(pricePct)}%");
        long perUnit = CashUnits(pricePct / 100m);
        return new CorporateAction(
            new AccountCommand(recordTime, AccountAction.RedeemBond, issuer, engineInstrument, Amount: perUnit),
            $"redemption of {bond.Symbol} at {Amounts.Number(pricePct)}% of nominal{(bond.Maturity is { } m ? $", maturity {Amounts.Date(m)}" : "")}");
    }

    /// <summary>
    /// The market's fees from a listing exercise's ledger, charged to the issuer's cash account: the one-off listing
    /// fee at admission (<paramref name="admissionTime"/>) and the annual fee once (call it each year). Lines other
    /// than <c>listing_fee</c> and <c>annual_fee</c> are costs paid to others, not to the market.
    /// </summary>
    public static IReadOnlyList<CorporateAction> Fees(IEnumerable<CostLine> costs, string currency, int issuer, long admissionTime)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var actions = new List<CorporateAction>();
        foreach (var line in costs.Where(c => c.Id is "listing_fee" or "annual_fee"))
        {
            long amount = CashUnits(line.Amount);
            if (amount <= 0) continue;
            actions.Add(new CorporateAction(
                new AccountCommand(admissionTime, AccountAction.ChargeFee, issuer, Currency: CurrencyCode.Pack(currency), Amount: amount),
                $"{line.Label}: {Amounts.Money(line.Amount, currency)} ({line.Basis})"));
        }
        return actions;
    }

    private static CorporateAction Refused(string reason) => new(null, reason);

    /// <summary>Cash units of an amount in currency, rounded down (as the engine rounds).</summary>
    private static long CashUnits(decimal amount) => (long)decimal.Floor(amount * Money.CashUnitsPerCurrencyUnit);

    private static string Describe(ListedInstrumentKind kind) => kind switch
    {
        ListedInstrumentKind.DonationInstrument => "a donation instrument",
        ListedInstrumentKind.OrdinaryShare or ListedInstrumentKind.CappedDividendShare => "a share",
        _ => "a bond",
    };
}
