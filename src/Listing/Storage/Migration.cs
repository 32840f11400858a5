namespace SocialExchange.Listing.Storage;

/// <summary>One schema step: applied once, in version order, and recorded in <c>schema_migrations</c>.</summary>
public sealed record Migration(int Version, string Name, string Sql);
