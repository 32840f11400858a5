namespace SocialExchange.Listing.Applications;

/// <summary>One line of the use of proceeds.</summary>
/// <param name="Purpose">What the money pays for.</param>
/// <param name="SharePct">Share of the proceeds, 0–100.</param>
/// <param name="UnderServed">True when the line goes to an under-capitalised area or an under-served group (the Borsa's additionality, seed 003).</param>
public sealed record ProceedsUse(string Purpose, decimal SharePct, bool UnderServed);
