namespace SocialExchange.Listing.Applications;

/// <summary>An application read from a file: the application when it could be built and has no problems, else every problem.</summary>
public sealed record ApplicationReadResult(ListingApplication? Application, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>True when the application was read and is valid.</summary>
    public bool IsValid => Application is not null && Problems.Count == 0;
}
