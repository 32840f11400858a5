using SocialExchange.Listing.Rulebooks;

namespace SocialExchange.Listing.Obligations;

/// <summary>One report owed: which obligation, for which period (or event) and by when, with how the date was set.</summary>
public sealed record ObligationDue(string ObligationId, string Title, ObligationKind Kind, DateOnly PeriodEnd, DateOnly Due, string Basis);
