using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Evaluation;
using SocialExchange.Listing.Issuers;
using SocialExchange.Listing.Rulebooks;

namespace SocialExchange.Listing.Tests;

/// <summary>Shared test inputs: the shipped rulebooks, the demo applications and small builders.</summary>
internal static class Fixtures
{
    private static readonly Lazy<RulebookLibrary> Library = new(RulebookLibrary.LoadShipped);
    private static readonly Dictionary<string, ListingApplication> Demos = new();
    private static readonly Lock DemoLock = new();

    public static RulebookLibrary Shipped => Library.Value;
    public static Rulebook Bis => Library.Value.All.Single(r => r.Id == "bis");
    public static Rulebook India => Library.Value.All.Single(r => r.Id == "india-sse");
    public static Rulebook Egm => Library.Value.All.Single(r => r.Id == "egm");

    /// <summary>A demo application by file name (cached; records are immutable, so sharing is safe).</summary>
    public static ListingApplication Demo(string name)
    {
        lock (DemoLock)
        {
            if (!Demos.TryGetValue(name, out var application)) Demos[name] = application = DemoApplications.Load(name);
            return application;
        }
    }

    /// <summary>Evaluates one rule.</summary>
    public static RuleResult Rule(ListingApplication application, Rulebook rulebook, string ruleId, DateOnly? asOf = null) =>
        RulebookEvaluator.Evaluate(application, rulebook, asOf ?? DemoApplications.AsOf)[ruleId];

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The application with its issuer changed.</summary>
    public static ListingApplication WithIssuer(this ListingApplication a, Func<Issuer, Issuer> change) => a with { Issuer = change(a.Issuer) };

    /// <summary>The application with its offer changed.</summary>
    public static ListingApplication WithOffer(this ListingApplication a, Func<OfferTerms, OfferTerms> change) => a with { Offer = change(a.Offer) };

    /// <summary>The application with its financials replaced.</summary>
    public static ListingApplication WithFinancials(this ListingApplication a, params FiscalYearFinancials[] years) =>
        a.WithIssuer(i => i with { Financials = years });

    /// <summary>The application with its reporting calendar changed.</summary>
    public static ListingApplication WithReporting(this ListingApplication a, Func<ReportingCalendar, ReportingCalendar> change) =>
        a with { AdmissionDocument = a.AdmissionDocument with { Reporting = change(a.AdmissionDocument.Reporting) } };

    /// <summary>
    /// A minimal valid rulebook file around <paramref name="rules"/> (the items of the <c>rules:</c> list, written
    /// from column 0), for rule-kind tests that should not depend on the shipped files.
    /// </summary>
    public static string RulebookYaml(string rules) =>
        "rulebook: test\n" +
        "name: Test rulebook\n" +
        "version: \"1\"\n" +
        "effective_from: 2020-01-01\n" +
        "jurisdiction: XX\n" +
        "boundary_semantics: inclusive\n" +
        "sources:\n" +
        "  S-1: a source\n" +
        "segments:\n" +
        "  - id: eq\n" +
        "    name: Equity\n" +
        "    trading_model: periodic_auctions\n" +
        "    instrument_kinds: [ordinary_share]\n" +
        "rules:\n" +
        string.Join("\n", rules.Replace("\r", "").Split('\n').Select(l => "  " + l)) + "\n";

    /// <summary>Loads <see cref="RulebookYaml"/>; throws when invalid.</summary>
    public static Rulebook TestRulebook(string rules) => RulebookLoader.Load(RulebookYaml(rules), "test.yaml");
}
