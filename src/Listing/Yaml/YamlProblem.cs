namespace SocialExchange.Listing.Yaml;

/// <summary>A problem found while reading a YAML data file: where (line and column, 1-based) and which field.</summary>
/// <param name="Line">Line of the offending node; 0 when the problem concerns the whole document.</param>
/// <param name="Column">Column of the offending node.</param>
/// <param name="Field">Path of the field, e.g. <c>rules[3].threshold</c> or <c>issuer.financials[1].revenue</c>.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
public sealed record YamlProblem(int Line, int Column, string Field, string Message);
