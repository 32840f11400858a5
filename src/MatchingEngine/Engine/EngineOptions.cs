namespace SocialExchange.Matching.Engine;

/// <summary>Settings fixed for an engine's lifetime. Part of what makes a run reproducible: same options, same commands, same events.</summary>
public sealed record EngineOptions
{
    /// <summary>Seed of the engine's only random source (the volatility auction's random extension).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Order slots preallocated; the pool doubles past it (allocating once per doubling).</summary>
    public int InitialOrderCapacity { get; init; } = 1 << 16;

    /// <summary>Participant ids up to this have their per-participant settings preallocated; a higher id grows them once.</summary>
    public int ExpectedParticipants { get; init; } = 4096;

    /// <summary>
    /// Keep participants' cash and holdings and check every order against them before it reaches the book (pre-trade
    /// risk), settle trades, collect fees and pay distributions. Off, the engine matches orders from anyone, as a
    /// pure market-structure simulation wants.
    /// </summary>
    public bool Accounts { get; init; }

    /// <summary>Which market-data events to emit.</summary>
    public MarketDataLevels MarketData { get; init; } = MarketDataLevels.All;
}
