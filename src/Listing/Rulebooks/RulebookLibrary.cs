using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// Every rulebook version known to the listing service, loaded and validated together at startup. Versions of one
/// rulebook must not overlap in time, so "the rulebook in force on a day" is always one file.
/// </summary>
public sealed class RulebookLibrary
{
    private readonly List<Rulebook> _rulebooks;

    private RulebookLibrary(List<Rulebook> rulebooks) => _rulebooks = rulebooks;

    /// <summary>The directory the shipped rulebooks are copied to, next to the assembly.</summary>
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "Rulebooks");

    /// <summary>Every version, ordered by id then effective date.</summary>
    public IReadOnlyList<Rulebook> All => _rulebooks;

    /// <summary>Loads the rulebooks shipped with the service; throws <see cref="RulebookLoadException"/> naming every bad file, line and field.</summary>
    public static RulebookLibrary LoadShipped() => LoadDirectory(ShippedDirectory);

    /// <summary>Loads every <c>*.yaml</c> file of <paramref name="directory"/>; throws when any is invalid.</summary>
    public static RulebookLibrary LoadDirectory(string directory)
    {
        var files = Directory.GetFiles(directory, "*.yaml").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        return Load(files);
    }

    /// <summary>Loads rulebooks from (file name, text) pairs; throws when any is invalid or versions overlap.</summary>
    public static RulebookLibrary Load(IEnumerable<(string File, string Yaml)> files)
    {
        var problems = new List<RulebookProblem>();
        var rulebooks = new List<Rulebook>();
        foreach (var (file, yaml) in files)
        {
            var rulebook = RulebookLoader.TryLoad(yaml, file, out var fileProblems);
            problems.AddRange(fileProblems);
            if (rulebook is not null) rulebooks.Add(rulebook);
        }
        foreach (var group in rulebooks.GroupBy(r => r.Id))
        {
            var versions = group.OrderBy(r => r.EffectiveFrom).ToList();
            for (int i = 1; i < versions.Count; i++)
            {
                var (earlier, later) = (versions[i - 1], versions[i]);
                if (earlier.Version == later.Version)
                    problems.Add(new RulebookProblem(later.File, 1, 1, "version", $"rulebook '{later.Id}' version {later.Version} is also in {earlier.File}"));
                else if (earlier.EffectiveUntil is null || earlier.EffectiveUntil >= later.EffectiveFrom)
                    problems.Add(new RulebookProblem(earlier.File, 1, 1, "effective_until",
                        $"rulebook '{earlier.Id}' version {earlier.Version} must end before version {later.Version} ({later.File}) takes effect on {Amounts.Date(later.EffectiveFrom)}"));
            }
        }
        if (problems.Count > 0) throw new RulebookLoadException(problems);
        return new RulebookLibrary(rulebooks.OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom).ToList());
    }

    /// <summary>The version of <paramref name="id"/> in force on <paramref name="day"/>, or null.</summary>
    public Rulebook? Find(string id, DateOnly day) => _rulebooks.FirstOrDefault(r => r.Id == id && r.IsInForceOn(day));

    /// <summary>Version <paramref name="version"/> of <paramref name="id"/>, or null.</summary>
    public Rulebook? FindVersion(string id, string version) => _rulebooks.FirstOrDefault(r => r.Id == id && r.Version == version);
}
