namespace SocialExchange.Listing.Impact;

/// <summary>
/// The Impact Management Project's five dimensions of impact (domain brief §4.1 [S-111] [S-112]), each as the
/// issuer's own answer. Null is "not answered".
/// </summary>
/// <param name="What">Which outcome, whether positive or negative, and how important it is to stakeholders.</param>
/// <param name="Who">Which stakeholders experience it and how under-served they were before.</param>
/// <param name="HowMuch">Scale, depth and duration of the change.</param>
/// <param name="Contribution">Whether the change would have happened anyway (enterprise and investor contribution).</param>
/// <param name="Risk">Likelihood that the impact differs from the expectation.</param>
public sealed record ImpactDimensions(string? What, string? Who, string? HowMuch, string? Contribution, string? Risk)
{
    /// <summary>No dimension answered.</summary>
    public static ImpactDimensions Empty { get; } = new(null, null, null, null, null);
}
