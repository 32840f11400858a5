namespace SocialExchange.Listing.Portfolios;

/// <summary>Units of one instrument an investor holds (available, reserved and pending settlement together).</summary>
public sealed record PortfolioHolding(string Symbol, decimal Units);
