namespace SocialExchange.Matching.Tests.Scenarios;

/// <summary>Every golden scenario file under Scenarios/ is one case: the file is the specification.</summary>
public sealed class ScenarioTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.scenario", SearchOption.AllDirectories).Order())
            data.Add(Path.GetRelativePath(Folder, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Scenario_RunsAsWritten(string file)
    {
        string failures = ScenarioRunner.Run(Path.Combine(Folder, file));
        Assert.True(failures.Length == 0, "\n" + failures);
    }

    [Fact]
    public void Scenarios_ArePresent() => Assert.True(Directory.EnumerateFiles(Folder, "*.scenario", SearchOption.AllDirectories).Count() >= 10, $"expected the golden scenario files in {Folder}");
}
