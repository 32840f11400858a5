using System.Globalization;
using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Rulebooks;

namespace SocialExchange.Listing.Exercise;

/// <summary>
/// The listing-exercise command: <c>(--issuer NAME | --application FILE) --rulebook ID [--json] [--out FILE] [--seed N]
/// [--as-of DATE]</c>, or <c>--list</c>. Lives in the library so tests drive it exactly as the console does. Returns
/// the exit code: 0 done, 1 an application file that cannot be used (every problem listed with its line and field),
/// 2 bad arguments (with a message naming the argument and the accepted values).
/// </summary>
public static class ExerciseCommandLine
{
    /// <summary>Usage text.</summary>
    public const string Usage =
        "usage: ListingExercise (--issuer NAME | --application FILE) --rulebook ID [--json] [--out FILE] [--seed N] [--as-of YYYY-MM-DD]\n" +
        "       ListingExercise --list";

    /// <summary>Runs the command with its arguments, writing the report to <paramref name="output"/> or the --out file.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? issuer = null, rulebookId = null, outFile = null, applicationFile = null;
        bool json = false, list = false;
        var options = ExerciseOptions.Default;
        var asOf = DemoApplications.AsOf;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--list": list = true; break;
                case "--json": json = true; break;
                case "--issuer": issuer = Value(); break;
                case "--application": applicationFile = Value(); break;
                case "--rulebook": rulebookId = Value(); break;
                case "--out": outFile = Value(); break;
                case "--seed":
                    if (!ulong.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
                        return Fail(error, "--seed needs a whole number");
                    options = options with { Seed = seed };
                    break;
                case "--as-of":
                    if (!DateOnly.TryParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
                        return Fail(error, "--as-of needs a date as YYYY-MM-DD");
                    break;
                default: return Fail(error, $"unknown argument '{arg}'");
            }
        }

        var library = RulebookLibrary.LoadShipped();
        var rulebookIds = library.All.Select(r => r.Id).Distinct().ToList();
        if (list)
        {
            output.WriteLine("demo issuers: " + string.Join(", ", DemoApplications.Names));
            output.WriteLine("rulebooks:    " + string.Join(", ", rulebookIds));
            return 0;
        }
        if ((issuer is null) == (applicationFile is null)) return Fail(error, "give either --issuer (a demo issuer) or --application (a YAML file), not both");
        if (rulebookId is null) return Fail(error, "--rulebook is required");
        if (issuer is not null && !DemoApplications.Names.Contains(issuer))
            return Fail(error, $"--issuer: unknown demo issuer '{issuer}'; known: {string.Join(", ", DemoApplications.Names)}");
        if (!rulebookIds.Contains(rulebookId))
            return Fail(error, $"--rulebook: unknown rulebook '{rulebookId}'; known: {string.Join(", ", rulebookIds)}");
        if (library.Find(rulebookId, asOf) is not { } rulebook)
            return Fail(error, $"--as-of: rulebook '{rulebookId}' has no version in force on {asOf:yyyy-MM-dd}");

        ListingApplication application;
        if (applicationFile is not null)
        {
            if (!File.Exists(applicationFile)) return Fail(error, $"--application: no file '{applicationFile}'");
            var read = ApplicationReader.ReadFile(applicationFile, asOf);
            if (!read.IsValid)
            {
                error.WriteLine($"error: the application in {applicationFile} cannot be used ({read.Problems.Count} problem{(read.Problems.Count == 1 ? "" : "s")}):");
                foreach (var problem in read.Problems) error.WriteLine("  " + problem);
                return 1;
            }
            application = read.Application!;
        }
        else application = DemoApplications.Load(issuer!);

        var report = ListingExerciseRunner.Run(application, rulebook, asOf, CostAssumptions.LoadDefault(), options);
        string text = json ? ExerciseJson.Write(report) : MarkdownReportWriter.Write(report);
        if (outFile is null) output.Write(text);
        else
        {
            File.WriteAllText(outFile, text);
            output.WriteLine($"report written to {outFile}");
        }
        return 0;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("error: " + message);
        error.WriteLine(Usage);
        return 2;
    }
}
