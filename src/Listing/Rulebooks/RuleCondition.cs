using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Issuers;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// A condition on an application, used by <c>applies_when</c> (the rule is not applicable otherwise) and
/// <c>satisfied_when</c> (the rule passes by construction, e.g. a società benefit has impact objectives in its
/// statute). Every stated part must hold; within a list, any member matches.
/// </summary>
/// <param name="InstrumentKinds">The instrument is one of these.</param>
/// <param name="LegalForms">The issuer's legal form is one of these.</param>
/// <param name="LegalFormGroups">The issuer's legal form belongs to one of these groups.</param>
/// <param name="Qualifications">The issuer carries at least one of these.</param>
/// <param name="Flags">Flag fields (from the <see cref="FieldCatalog"/>) with the value they must have.</param>
/// <param name="Present">Fields that must be stated.</param>
/// <param name="Line">Line in the rulebook file.</param>
public sealed record RuleCondition(
    IReadOnlyList<ListedInstrumentKind> InstrumentKinds,
    IReadOnlyList<LegalForm> LegalForms,
    IReadOnlyList<LegalFormGroup> LegalFormGroups,
    IReadOnlyList<LegalQualifications> Qualifications,
    IReadOnlyList<KeyValuePair<string, bool>> Flags,
    IReadOnlyList<string> Present,
    int Line = 0);
