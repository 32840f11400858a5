using SocialExchange.Listing.Impact;
using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Issuers;

namespace SocialExchange.Listing.Applications;

/// <summary>
/// One application to list one instrument: the issuer, its impact thesis, the instrument, the offer and the
/// admission document. A rulebook is evaluated against this whole.
/// </summary>
public sealed record ListingApplication(
    string Id,
    Issuer Issuer,
    ImpactThesis Impact,
    ProposedInstrument Instrument,
    OfferTerms Offer,
    AdmissionDocument AdmissionDocument);
