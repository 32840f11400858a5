namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// One or more rulebook files are invalid. Thrown at startup (a bad rulebook is a configuration error, not a
/// rejection): the message lists every problem as <c>file:line:column: field: message</c>.
/// </summary>
public sealed class RulebookLoadException : Exception
{
    public RulebookLoadException(IReadOnlyList<RulebookProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<RulebookProblem> Problems { get; }

    private static string Describe(IReadOnlyList<RulebookProblem> problems) =>
        $"{problems.Count} problem(s) in rulebook files:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
