using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Evaluation;

/// <summary>
/// Every demo issuer against every shipped rulebook, compared with the golden tables in <c>Expectations/</c>
/// (<c>demo.rulebook.expected</c>: the verdict, then one line per rule with its expected outcome). The tables are
/// the readable specification of what the rulebooks say about the demo issuers.
/// </summary>
public sealed class DemoEvaluationTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var demo in DemoApplications.Names)
        foreach (var rulebook in new[] { "bis", "egm", "india-sse" })
            data.Add(demo, rulebook);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_DemoIssuer_MatchesGoldenTable(string demo, string rulebookId)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Expectations", $"{demo}.{rulebookId}.expected");
        var lines = File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var expectedVerdict = Enum.Parse<EvaluationVerdict>(lines[0].Split(' ')[1]);
        var expected = lines.Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (Rule: p[0], Outcome: Enum.Parse<RuleOutcome>(p[1]))).ToList();

        var rulebook = Shipped.All.Single(r => r.Id == rulebookId);
        var evaluation = RulebookEvaluator.Evaluate(Demo(demo), rulebook, DemoApplications.AsOf);
        var actual = evaluation.Results.Select(r => (Rule: r.RuleId, r.Outcome)).ToList();

        // On a mismatch, show the whole table with the sentences, so the reader sees why.
        string table = string.Join(Environment.NewLine, evaluation.Results.Select(r => $"{r.RuleId,-8} {r.Outcome,-16} {r.Sentence}"));
        Assert.True(expected.SequenceEqual(actual), $"{demo} against {rulebookId}:{Environment.NewLine}{table}");
        Assert.Equal(expectedVerdict, evaluation.Verdict);
    }

    [Fact]
    public void DemoNames_AreTheSixShippedIssuers() =>
        Assert.Equal(["affordable-housing", "health-care", "india-npo", "nonprofit-foundation", "social-cooperative", "societa-benefit-food"], DemoApplications.Names);

    [Fact]
    public void Evaluate_EveryResult_HasSentenceAndComparedValuesWhenApplicable()
    {
        foreach (var demo in DemoApplications.Names)
        foreach (var rulebook in Shipped.All)
        foreach (var result in RulebookEvaluator.Evaluate(Demo(demo), rulebook, DemoApplications.AsOf).Results)
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Sentence));
            Assert.EndsWith(".", result.Sentence);
            // A rule that judged something shows what it compared; "satisfied by construction" compares nothing.
            if (result.Outcome is RuleOutcome.Fail || (result.Outcome is RuleOutcome.Pass && !result.Sentence.StartsWith("Satisfied by construction")))
                Assert.NotEmpty(result.Compared);
        }
    }

    [Fact]
    public void Evaluate_SameInputsTwice_SameResults()
    {
        var a = RulebookEvaluator.Evaluate(Demo("india-npo"), India, DemoApplications.AsOf);
        var b = RulebookEvaluator.Evaluate(Demo("india-npo"), India, DemoApplications.AsOf);
        Assert.Equal(a.Results.Select(r => (r.RuleId, r.Outcome, r.Sentence)), b.Results.Select(r => (r.RuleId, r.Outcome, r.Sentence)));
    }
}
