using SocialExchange.Listing.Exercise;

namespace SocialExchange.Listing.Tests.Exercise;

/// <summary>The console command: listing, reports, and clear errors for unknown names.</summary>
public sealed class ExerciseCommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = ExerciseCommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_List_NamesDemoIssuersAndRulebooks()
    {
        var (code, output, _) = Run("--list");

        Assert.Equal(0, code);
        Assert.Contains("social-cooperative", output);
        Assert.Contains("india-sse", output);
    }

    [Fact]
    public void Run_IssuerAndRulebook_PrintsMarkdown()
    {
        var (code, output, error) = Run("--issuer", "societa-benefit-food", "--rulebook", "egm");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith("# Listing exercise", output);
    }

    [Fact]
    public void Run_JsonToFile_WritesParseableJson()
    {
        string file = Path.Combine(Path.GetTempPath(), $"exercise-{Guid.NewGuid():N}.json");
        try
        {
            var (code, _, _) = Run("--issuer", "india-npo", "--rulebook", "india-sse", "--json", "--out", file);

            Assert.Equal(0, code);
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            Assert.Equal("india-sse", json.RootElement.GetProperty("rulebook").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(new[] { "--issuer", "nobody", "--rulebook", "bis" }, "--issuer: unknown demo issuer 'nobody'")]
    [InlineData(new[] { "--issuer", "social-cooperative", "--rulebook", "nyse" }, "--rulebook: unknown rulebook 'nyse'")]
    [InlineData(new[] { "--rulebook", "bis" }, "give either --issuer (a demo issuer) or --application")]
    [InlineData(new[] { "--issuer", "social-cooperative", "--rulebook", "bis", "--seed", "x" }, "--seed needs a whole number")]
    [InlineData(new[] { "--colour" }, "unknown argument '--colour'")]
    public void Run_BadArguments_ExitCode2AndMessageNamingTheArgument(string[] args, string message)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Run_ApplicationFile_ReportsOnIt()
    {
        string file = Path.Combine(Path.GetTempPath(), $"application-{Guid.NewGuid():N}.yaml");
        try
        {
            File.Copy(Path.Combine(SocialExchange.Listing.Applications.DemoApplications.Directory, "health-care.yaml"), file);
            var (code, output, error) = Run("--application", file, "--rulebook", "bis", "--json");

            Assert.Equal(0, code);
            Assert.Empty(error);
            Assert.Contains("CURA31", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Run_BadApplicationFile_EveryProblemWithLineAndField()
    {
        string file = Path.Combine(Path.GetTempPath(), $"application-{Guid.NewGuid():N}.yaml");
        try
        {
            var yaml = File.ReadAllText(Path.Combine(SocialExchange.Listing.Applications.DemoApplications.Directory, "health-care.yaml"));
            File.WriteAllText(file, yaml.Replace("coupon_pct: 4", "coupon_pct: four"));
            var (code, output, error) = Run("--application", file, "--rulebook", "bis");

            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.Contains("cannot be used", error);
            Assert.Contains("instrument.coupon_pct", error);
            Assert.Contains("line ", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Run_BothIssuerAndApplication_Refused()
    {
        var (code, _, error) = Run("--issuer", "health-care", "--application", "x.yaml", "--rulebook", "bis");
        Assert.Equal(2, code);
        Assert.Contains("either --issuer", error);
    }
}
