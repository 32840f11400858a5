namespace SocialExchange.Matching.Hosting;

/// <summary>What the market data publisher does with a subscriber whose buffer is full.</summary>
public enum LagPolicy : byte
{
    /// <summary>
    /// Drop the deltas and trades it cannot take, and once it has room send the latest state of each instrument
    /// that changed meanwhile (best bid and offer, daily statistics, phase), marked as conflated.
    /// </summary>
    Conflate = 1,

    /// <summary>Close its feed with a reason saying how far behind it was.</summary>
    Disconnect = 2,
}
