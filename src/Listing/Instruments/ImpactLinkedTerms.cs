namespace SocialExchange.Listing.Instruments;

/// <summary>
/// The impact link of an <see cref="ListedInstrumentKind.ImpactLinkedBond"/>: if the KPI <see cref="KpiId"/> has
/// not reached its target at <see cref="ObservationDate"/>, the coupon rises by <see cref="StepUpBps"/> (ICMA SLBP,
/// domain brief §4.8 [S-136]).
/// </summary>
/// <param name="KpiId">Id of a KPI of the application's impact thesis.</param>
/// <param name="ObservationDate">When the KPI is observed; on or before maturity.</param>
/// <param name="StepUpBps">Coupon increase in basis points when the target is missed; positive.</param>
public sealed record ImpactLinkedTerms(string KpiId, DateOnly ObservationDate, int StepUpBps);
