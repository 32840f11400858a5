namespace SocialExchange.Matching.Tests.Scenarios;

/// <summary>One step of a scenario file: a command with the events it must produce, or a table (book, accounts, fees) to check.</summary>
/// <param name="Line">1-based line number in the file, for failure messages.</param>
/// <param name="Text">The command line after "&gt;", or the table line ("book ...", "accounts P1", "fees EUR").</param>
/// <param name="IsBook">True for a table, false for a command.</param>
/// <param name="Expected">The indented lines that follow: expected events, or expected open orders.</param>
public sealed record ScenarioStep(int Line, string Text, bool IsBook, List<string> Expected);
