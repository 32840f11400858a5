namespace SocialExchange.Listing.Exercise;

/// <summary>One line of the cost and burden ledger, with its basis ("assumption" or a source).</summary>
public sealed record CostLine(string Id, string Label, string Kind, decimal Quantity, decimal Amount, decimal? Hours, string Basis);
