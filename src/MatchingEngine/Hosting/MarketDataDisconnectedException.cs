namespace SocialExchange.Matching.Hosting;

/// <summary>Ends a market data feed whose subscriber was cut off (too slow under <see cref="LagPolicy.Disconnect"/>); the message says why.</summary>
public sealed class MarketDataDisconnectedException(string message) : Exception(message);
