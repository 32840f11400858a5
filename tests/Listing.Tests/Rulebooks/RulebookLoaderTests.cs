using SocialExchange.Listing.Rulebooks;

namespace SocialExchange.Listing.Tests.Rulebooks;

/// <summary>Malformed rulebook files: the error names the file, the line and the field.</summary>
public sealed class RulebookLoaderTests
{
    // Lines 1-14; the first rule starts on line 15 (id 15, field 20, operator 21, threshold 22, sources 23).
    private const string Header = """
        rulebook: test
        name: Test rulebook
        version: "1"
        effective_from: 2020-01-01
        jurisdiction: XX
        boundary_semantics: inclusive
        sources:
          S-1: a source
        segments:
          - id: eq
            name: Equity
            trading_model: periodic_auctions
            instrument_kinds: [ordinary_share]
        rules:

        """;

    private const string ValidRule = """
          - id: R-1
            version: 1
            title: free float
            criterion: free_float
            kind: threshold
            field: offer.free_float_pct
            operator: ">="
            threshold: 10%
            sources: [S-1]
        """;

    private static RulebookProblem Single(string yaml, string file = "bad.yaml")
    {
        var e = Assert.Throws<RulebookLoadException>(() => RulebookLoader.Load(yaml, file));
        Assert.Single(e.Problems);
        return e.Problems[0];
    }

    private static void AssertProblem(RulebookProblem problem, int line, string field, string messagePart)
    {
        Assert.Equal("bad.yaml", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(field, problem.Field);
        Assert.Contains(messagePart, problem.Message);
    }

    [Fact]
    public void Load_ValidFile_Loads()
    {
        var rulebook = RulebookLoader.Load(Header + ValidRule, "ok.yaml");
        Assert.Equal("test", rulebook.Id);
        Assert.Equal("ok.yaml", rulebook.File);
        Assert.Equal(15, rulebook.Rules[0].Line);
    }

    [Fact]
    public void Load_YamlSyntaxError_NamesLine()
    {
        // "title: free: float" is a mapping value where none is allowed: the parser stops on line 17.
        var problem = Single(Header + ValidRule.Replace("title: free float", "title: free: float"));
        Assert.Equal(17, problem.Line);
        Assert.Equal("title", problem.Field);
        Assert.Contains("YAML syntax", problem.Message);
    }

    [Fact]
    public void Load_DuplicateKey_NamesLine()
    {
        var problem = Single(Header + ValidRule + "\n    version: 2\n");
        Assert.Equal(24, problem.Line);
        Assert.Equal("version", problem.Field);
        Assert.Equal("bad.yaml:24:5: version: YAML syntax: Duplicate key version", problem.ToString());
        Assert.Contains("YAML syntax", problem.Message);
    }

    [Fact]
    public void Load_MisspeltField_NamesLineAndField()
    {
        // The unknown key, and the missing threshold it left behind.
        var e = Assert.Throws<RulebookLoadException>(() => RulebookLoader.Load(Header + ValidRule.Replace("threshold: 10%", "treshold: 10%"), "bad.yaml"));
        Assert.Contains(e.Problems, p => p.Line == 22 && p.Field == "rules[0].treshold" && p.Message.Contains("unknown field 'treshold'"));
        Assert.Contains(e.Problems, p => p.Field == "rules[0].threshold" && p.Message.Contains("is required"));
    }

    [Fact]
    public void Load_UnknownApplicationField_NamesLineAndField() =>
        AssertProblem(Single(Header + ValidRule.Replace("offer.free_float_pct", "offer.free_flot_pct")), 20, "rules[0].field", "unknown field 'offer.free_flot_pct'");

    [Fact]
    public void Load_ShareThresholdWithoutPercent_IsAmbiguous() =>
        AssertProblem(Single(Header + ValidRule.Replace("threshold: 10%", "threshold: 10")), 22, "rules[0].threshold", "ambiguous");

    [Fact]
    public void Load_PercentOnAnAmount_Refused() =>
        AssertProblem(Single(Header + ValidRule.Replace("offer.free_float_pct", "offer.size").Replace("threshold: 10%", "threshold: 10%\n    currency: EUR")), 22, "rules[0].threshold", "is a share");

    [Fact]
    public void Load_AmountWithoutCurrency_NamesCurrency() =>
        AssertProblem(Single(Header + ValidRule.Replace("offer.free_float_pct", "offer.size").Replace("threshold: 10%", "threshold: 1000")), 15, "rules[0].currency", "is required");

    [Fact]
    public void Load_UnknownOperator_NamesOperator() =>
        AssertProblem(Single(Header + ValidRule.Replace("\">=\"", "\"=>\"")), 21, "rules[0].operator", "'=>' is not an operator");

    [Fact]
    public void Load_UnknownKind_ListsKinds() =>
        AssertProblem(Single(Header + ValidRule.Replace("kind: threshold", "kind: treshold").Replace("    field: offer.free_float_pct\n    operator: \">=\"\n    threshold: 10%\n", "")), 19, "rules[0].kind", "unknown rule kind 'treshold'");

    [Fact]
    public void Load_FieldOfWrongKind_Refused() =>
        AssertProblem(Single(Header + ValidRule.Replace("kind: threshold", "kind: date").Replace("threshold: 10%", "offset: 3y")), 20, "rules[0].field", "this rule kind needs a date");

    [Fact]
    public void Load_UndeclaredSource_NamesSourceItem() =>
        AssertProblem(Single(Header + ValidRule.Replace("[S-1]", "[S-1, S-99]")), 23, "rules[0].sources[1]", "source 'S-99' is not declared");

    [Fact]
    public void Load_DuplicateRuleId_NamesSecondRule()
    {
        var problem = Single(Header + ValidRule + "\n" + ValidRule);
        AssertProblem(problem, 24, "rules[1].id", "rule id 'R-1' is already used on line 15");
    }

    [Fact]
    public void Load_ScheduleNotAscending_NamesEntry()
    {
        var rule = ValidRule.Replace("threshold: 10%", """
            threshold:
                  - from: 2024-01-01
                    value: 10%
                  - from: 2023-01-01
                    value: 7.5%
            """);
        AssertProblem(Single(Header + rule), 25, "rules[0].threshold[1].from", "is not after the previous value's 2024-01-01");
    }

    [Fact]
    public void Load_BadDate_NamesField() =>
        AssertProblem(Single(Header.Replace("effective_from: 2020-01-01", "effective_from: 2020-13-01") + ValidRule), 4, "effective_from", "yyyy-mm-dd");

    [Fact]
    public void Load_MissingBoundarySemantics_Required() =>
        AssertProblem(Single(Header.Replace("boundary_semantics: inclusive\n", "") + ValidRule), 1, "boundary_semantics", "is required");

    [Fact]
    public void Load_UnknownLegalForm_NamesListItem()
    {
        var rule = """
              - id: R-2
                version: 1
                title: form
                criterion: legal_form
                kind: legal_form
                forms: [joint_stock_company, spa]
            """;
        AssertProblem(Single(Header + rule), 20, "rules[0].forms[1]", "'spa' is not one of: joint_stock_company");
    }

    [Fact]
    public void Load_ConditionOnNonFlagField_Refused()
    {
        var rule = ValidRule + "\n    applies_when:\n      flags:\n        offer.size: true";
        AssertProblem(Single(Header + rule), 26, "rules[0].applies_when.flags.offer.size", "not a flag");
    }

    [Fact]
    public void Load_SeveralProblems_AllReportedInLineOrder()
    {
        var yaml = Header.Replace("version: \"1\"\n", "") + ValidRule.Replace("threshold: 10%", "threshold: 10").Replace("\">=\"", "\"=>\"");
        var e = Assert.Throws<RulebookLoadException>(() => RulebookLoader.Load(yaml, "bad.yaml"));
        Assert.Equal(["version", "rules[0].operator", "rules[0].threshold"], e.Problems.Select(p => p.Field));
        Assert.Contains("bad.yaml:20:15: rules[0].operator: '=>' is not an operator", e.Message);
    }

    [Fact]
    public void Library_BadFileAmongGood_ExceptionNamesTheFile()
    {
        var good = Header + ValidRule;
        var e = Assert.Throws<RulebookLoadException>(() => RulebookLibrary.Load([("a.yaml", good), ("b.yaml", good.Replace("rulebook: test", "rulebook: other").Replace("10%", "ten"))]));
        Assert.All(e.Problems, p => Assert.Equal("b.yaml", p.File));
    }

    [Fact]
    public void Library_VersionsOfOneRulebook_MustNotOverlap()
    {
        var v1 = Header + ValidRule;
        var v2 = (Header + ValidRule).Replace("version: \"1\"", "version: \"2\"").Replace("effective_from: 2020-01-01", "effective_from: 2024-01-01");
        var e = Assert.Throws<RulebookLoadException>(() => RulebookLibrary.Load([("v1.yaml", v1), ("v2.yaml", v2)]));
        Assert.Contains(e.Problems, p => p.File == "v1.yaml" && p.Field == "effective_until");

        var v1Ended = v1.Replace("effective_from: 2020-01-01", "effective_from: 2020-01-01\neffective_until: 2023-12-31");
        var library = RulebookLibrary.Load([("v1.yaml", v1Ended), ("v2.yaml", v2)]);
        Assert.Equal("1", library.Find("test", Fixtures.D("2023-12-31"))!.Version);
        Assert.Equal("2", library.Find("test", Fixtures.D("2024-01-01"))!.Version);
        Assert.Null(library.Find("test", Fixtures.D("2019-12-31")));
    }

    [Fact]
    public void SegmentTradingTerms_OutOfRange_NamedWithLineAndField()
    {
        var yaml = Header.Replace("    instrument_kinds: [ordinary_share]\n", "    instrument_kinds: [ordinary_share]\n    taker_fee_bps: 20000\n    eligible_categories: [pirates]\n") + ValidRule;
        var e = Assert.Throws<RulebookLoadException>(() => RulebookLoader.Load(yaml, "bad.yaml"));
        Assert.Contains(e.Problems, p => p.Line == 14 && p.Field == "segments[0].taker_fee_bps" && p.Message.Contains("0 to 10000"));
        Assert.Contains(e.Problems, p => p.Line == 15 && p.Field.StartsWith("segments[0].eligible_categories") && p.Message.Contains("pirates"));
    }
}
