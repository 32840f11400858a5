namespace SocialExchange.Listing.Applications;

/// <summary>
/// The fictional demo applications shipped as data (<c>DemoIssuers/*.yaml</c>, copied next to the assembly): a
/// social cooperative, a società benefit in food, a health-care company, an affordable-housing company, an
/// Italian foundation and an Indian trust. Names and figures are invented.
/// </summary>
public static class DemoApplications
{
    /// <summary>The day the demo data describe: every fiscal year it reports has ended, every target lies ahead.</summary>
    public static DateOnly AsOf { get; } = new(2026, 6, 30);

    /// <summary>The directory the demo files are copied to.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "DemoIssuers");

    /// <summary>File names (without extension) of the demo applications, sorted.</summary>
    public static IReadOnlyList<string> Names =>
        System.IO.Directory.GetFiles(Directory, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList();

    /// <summary>Reads demo <paramref name="name"/> (e.g. <c>social-cooperative</c>); throws when the shipped file is invalid, a packaging bug.</summary>
    public static ListingApplication Load(string name)
    {
        var result = ApplicationReader.ReadFile(Path.Combine(Directory, name + ".yaml"), AsOf);
        if (!result.IsValid)
            throw new InvalidOperationException($"demo application {name} is invalid:{Environment.NewLine}" + string.Join(Environment.NewLine, result.Problems));
        return result.Application!;
    }
}
