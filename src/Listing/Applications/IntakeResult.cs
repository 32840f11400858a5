namespace SocialExchange.Listing.Applications;

/// <summary>What happened to a submitted application: stored under its id, or refused with every problem.</summary>
public sealed record IntakeResult(string? StoredId, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>True when the application was stored.</summary>
    public bool Accepted => StoredId is not null;
}
