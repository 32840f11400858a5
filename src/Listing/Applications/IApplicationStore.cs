namespace SocialExchange.Listing.Applications;

/// <summary>
/// Where applications are kept: in memory (tests, offline runs) or in SQLite (<c>Storage.SqliteListingStore</c>,
/// which widens it with the audit trail as <c>IListingStore</c>).
/// </summary>
public interface IApplicationStore
{
    /// <summary>Stores a validated application; an application with the same id is replaced.</summary>
    void Save(ListingApplication application);

    /// <summary>The application with <paramref name="id"/>, or null.</summary>
    ListingApplication? Find(string id);

    /// <summary>Ids of every stored application, in storage order.</summary>
    IReadOnlyList<string> Ids { get; }
}
