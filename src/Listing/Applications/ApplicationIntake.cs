namespace SocialExchange.Listing.Applications;

/// <summary>
/// The door applications come in by: read, validate, and store only an application without problems. A refused
/// application leaves the store untouched, so nothing half-checked is ever kept.
/// </summary>
public sealed class ApplicationIntake(IApplicationStore store)
{
    /// <summary>Submits an application written in YAML; <paramref name="file"/> names it in problems.</summary>
    public IntakeResult Submit(string yaml, string file, DateOnly asOf)
    {
        var read = ApplicationReader.Read(yaml, file, asOf);
        return read.IsValid ? Store(read.Application!) : new IntakeResult(null, read.Problems);
    }

    /// <summary>Submits an application built in code.</summary>
    public IntakeResult Submit(ListingApplication application, DateOnly asOf)
    {
        var problems = ApplicationValidator.Validate(application, asOf);
        return problems.Count == 0 ? Store(application) : new IntakeResult(null, problems);
    }

    private IntakeResult Store(ListingApplication application)
    {
        if (store.Find(application.Id) is not null)
            return new IntakeResult(null, [new ValidationProblem("id", $"an application with id '{application.Id}' is already stored")]);
        store.Save(application);
        return new IntakeResult(application.Id, []);
    }
}
