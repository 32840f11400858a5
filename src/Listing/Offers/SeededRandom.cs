namespace SocialExchange.Listing.Offers;

/// <summary>
/// SplitMix64: a small seeded generator written out here so synthetic demand stays the same across runtime versions
/// (System.Random's seeded sequence is not promised to).
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextUnit() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A number in [0, bound).</summary>
    public int NextInt(int bound) => (int)(Next() % (ulong)bound);
}
