namespace SocialExchange.Listing.Storage;

/// <summary>
/// One decision in the audit table: what it concerns (an application or issuer id), the kind of decision
/// (e.g. <c>workflow</c>, <c>evaluation</c>, <c>obligation</c>), who made it, when (given by the caller: the store
/// never reads the clock) and what was decided, in words.
/// </summary>
public sealed record AuditEntry(string Subject, string Kind, string Actor, DateTimeOffset At, string Detail);
