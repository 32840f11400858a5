namespace SocialExchange.Listing.Applications;

/// <summary>An <see cref="IApplicationStore"/> in a dictionary; not thread-safe.</summary>
public sealed class InMemoryApplicationStore : IApplicationStore
{
    private readonly Dictionary<string, ListingApplication> _applications = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <inheritdoc />
    public void Save(ListingApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (!_applications.ContainsKey(application.Id)) _order.Add(application.Id);
        _applications[application.Id] = application;
    }

    /// <inheritdoc />
    public ListingApplication? Find(string id) => _applications.GetValueOrDefault(id);

    /// <inheritdoc />
    public IReadOnlyList<string> Ids => _order;
}
