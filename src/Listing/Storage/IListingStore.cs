using SocialExchange.Listing.Applications;

namespace SocialExchange.Listing.Storage;

/// <summary>
/// The application store widened with the audit trail. SQLite implements it as the embedded default; a server
/// database can implement the same interface.
/// </summary>
public interface IListingStore : IApplicationStore
{
    /// <summary>Stores the application and its audit entry in one transaction: both or neither.</summary>
    void Save(ListingApplication application, AuditEntry audit);

    /// <summary>Appends a decision to the audit table.</summary>
    void Record(AuditEntry audit);

    /// <summary>Every audit entry about <paramref name="subject"/>, oldest first.</summary>
    IReadOnlyList<AuditEntry> AuditTrail(string subject);
}
