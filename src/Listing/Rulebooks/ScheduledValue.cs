namespace SocialExchange.Listing.Rulebooks;

/// <summary>One value of a <see cref="ParameterSchedule{T}"/>, in force from <see cref="From"/> until the next entry.</summary>
/// <param name="From">First day in force; null means "since the rulebook took effect".</param>
/// <param name="Value">The parameter.</param>
/// <param name="Source">Source id (e.g. <c>S-35</c>) of this value.</param>
public sealed record ScheduledValue<T>(DateOnly? From, T Value, string? Source);
