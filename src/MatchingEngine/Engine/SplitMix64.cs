namespace SocialExchange.Matching.Engine;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast, seedable generator whose whole state is one <c>ulong</c>,
/// so it is trivially part of the engine's state hash and snapshots.
/// </summary>
public struct SplitMix64(ulong seed)
{
    /// <summary>The generator's state; the next value depends only on it.</summary>
    public ulong State = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        State += 0x9E3779B97F4A7C15;
        ulong z = State;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
