namespace SocialExchange.Matching.Instruments;

/// <summary>One price range of a tick-size table: from <see cref="FromPrice"/> (inclusive) upward, prices move in <see cref="Tick"/>.</summary>
/// <param name="FromPrice">Lowest price of the range, in instrument price units.</param>
/// <param name="Tick">Tick size in the range, in instrument price units; must divide <paramref name="FromPrice"/>.</param>
public readonly record struct TickSizeRow(long FromPrice, long Tick);
