namespace SocialExchange.Listing.Rulebooks;

/// <summary>A computed deadline and what it rests on.</summary>
/// <param name="Date">Last day to comply.</param>
/// <param name="Basis">Why this date: the offset in force or the override applied, with its source.</param>
public sealed record DueDate(DateOnly Date, string Basis);
