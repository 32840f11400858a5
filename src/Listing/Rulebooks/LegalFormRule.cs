using SocialExchange.Listing.Issuers;

namespace SocialExchange.Listing.Rulebooks;

/// <summary><c>kind: legal_form</c>: the issuer's legal form is one of a list, or belongs to one of a list of groups.</summary>
public sealed record LegalFormRule : Rule
{
    /// <summary>Admitted forms.</summary>
    public IReadOnlyList<LegalForm> Forms { get; init; } = [];

    /// <summary>Admitted groups of forms.</summary>
    public IReadOnlyList<LegalFormGroup> Groups { get; init; } = [];

    public override string KindName => "legal_form";
}
