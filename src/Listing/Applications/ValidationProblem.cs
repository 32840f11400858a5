namespace SocialExchange.Listing.Applications;

/// <summary>One problem with an application: the field path (as in the YAML file), what is wrong, and the line when read from a file.</summary>
/// <param name="Field">Path such as <c>issuer.financials[1].revenue</c>.</param>
/// <param name="Message">What is wrong, with the offending value.</param>
/// <param name="Line">Line in the source file, 0 when the application did not come from a file.</param>
public sealed record ValidationProblem(string Field, string Message, int Line = 0)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Field}: {Message}" : $"{Field}: {Message}";
}
