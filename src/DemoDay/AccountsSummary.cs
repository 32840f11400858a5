using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.DemoDay;

/// <summary>
/// The investors' side of the day, read from the engine's accounts at the close: each investor's cash and
/// positions with average cost and P&amp;L (realised, and unrealised at the last trade price, or the reference price
/// for an instrument that did not trade; nothing for a donation instrument, which pays and repays nothing), and the
/// fees the exchange collected. Amounts in euro.
/// </summary>
internal sealed class AccountsSummary
{
    public sealed record Position(string Symbol, long Units, long PendingUnits, decimal AverageCost, decimal RealisedPnl, decimal UnrealisedPnl);

    public sealed record Investor(int Participant, string Category, decimal Cash, decimal ReservedCash, decimal PendingCash, IReadOnlyList<Position> Positions)
    {
        public decimal Pnl => Positions.Sum(p => p.RealisedPnl + p.UnrealisedPnl);
    }

    public required IReadOnlyList<Investor> Investors { get; init; }
    public required decimal FeesCollected { get; init; }

    public static AccountsSummary Read(IAccountQueries accounts, int investors)
    {
        var instruments = accounts.Instruments.ToList();
        var list = new List<Investor>();
        for (int p = 1; p <= investors; p++)
        {
            var cash = accounts.CashOf(p, "EUR");
            var positions = new List<Position>();
            foreach (var spec in instruments)
            {
                var h = accounts.HoldingOf(p, spec.Id);
                if (h == default) continue;
                long mark = spec.Kind == InstrumentKind.NonTransferable ? 0
                    : accounts.LastPriceOf(spec.Id) is > 0 and var last ? last : spec.ReferencePrice;
                positions.Add(new Position(spec.Symbol, h.Total, h.Pending, AverageCostPrice(spec, h), Euros(h.RealisedPnl),
                    Euros(accounts.UnrealisedPnlOf(p, spec.Id, mark))));
            }
            list.Add(new Investor(p, accounts.CategoryOf(p).ToString(), Euros(cash.Total), Euros(cash.Reserved), Euros(cash.Pending), positions));
        }
        return new AccountsSummary { Investors = list, FeesCollected = Euros(accounts.FeesCollected("EUR")) };
    }

    /// <summary>Average cost per unit as a price (per share, or percent of nominal for a bond).</summary>
    private static decimal AverageCostPrice(InstrumentSpec spec, HoldingBalance h)
    {
        if (h.Position == 0) return 0;
        decimal perUnit = Euros(h.CostBasis) / h.Position;
        return Math.Round(spec.Kind == InstrumentKind.Bond ? perUnit * 100 : perUnit, 4);
    }

    private static decimal Euros(long cashUnits) => cashUnits / (decimal)Money.CashUnitsPerCurrencyUnit;
}
