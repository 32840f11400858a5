using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Rulebooks;

namespace SocialExchange.Listing.Evaluation;

/// <summary>What every rule check sees: the application, the rulebook and the evaluation day.</summary>
internal sealed record EvaluationContext(ListingApplication Application, Rulebook Rulebook, DateOnly AsOf)
{
    /// <summary>Reads a catalogued field.</summary>
    public FieldValue Read(string field) => FieldCatalog.Find(field)!.Read(Application, AsOf);

    /// <summary>The label of a catalogued field.</summary>
    public static string Label(string field) => FieldCatalog.Find(field)!.Label;
}
