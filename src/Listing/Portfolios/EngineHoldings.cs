using SocialExchange.Matching.Accounts;

namespace SocialExchange.Listing.Portfolios;

/// <summary>
/// An investor's holdings read from the engine's accounts, for <see cref="ImpactPortfolio"/>: every instrument with
/// a long position (settled and pending units together: a bought unit is the investor's from the trade on), by symbol.
/// </summary>
public static class EngineHoldings
{
    public static IReadOnlyList<PortfolioHolding> Of(IAccountQueries accounts, int participant)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        if (!accounts.KeepsAccounts) throw new InvalidOperationException("the engine keeps no accounts, so it holds no portfolio");
        return accounts.Instruments
            .Select(spec => (spec.Symbol, Position: accounts.HoldingOf(participant, spec.Id).Position))
            .Where(h => h.Position > 0)
            .Select(h => new PortfolioHolding(h.Symbol, h.Position))
            .ToList();
    }
}
