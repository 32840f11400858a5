namespace SocialExchange.Listing.Applications;

/// <summary>
/// Where applications are kept. The embedded SQLite store of issue 5 will implement this; the in-memory store
/// serves the tests and offline runs until then.
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
