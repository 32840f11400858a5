namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// A deadline set for one period by a later decision (a circular that extends a deadline). It counts from the day
/// it was announced: asked earlier, the normal deadline applies.
/// </summary>
/// <param name="PeriodEnd">The period (trigger date) concerned.</param>
/// <param name="Due">The deadline set for it.</param>
/// <param name="AnnouncedOn">Day the decision was published.</param>
/// <param name="Source">Source id.</param>
public sealed record DeadlineOverride(DateOnly PeriodEnd, DateOnly Due, DateOnly AnnouncedOn, string? Source);
