namespace SocialExchange.Listing.Exercise;

/// <summary>
/// How many units of <paramref name="Currency"/> one unit of the cost file's currency buys, with its basis, so the
/// exercise can set capital raised in another currency against the costs.
/// </summary>
public sealed record ExchangeRate(string Currency, decimal PerCostCurrency, string Basis);
