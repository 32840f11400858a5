using SocialExchange.Listing.Applications;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Applications;

/// <summary>Only an application without problems is stored; a refused one leaves the store as it was.</summary>
public sealed class ApplicationIntakeTests
{
    private static readonly DateOnly AsOf = DemoApplications.AsOf;

    [Fact]
    public void Submit_InvalidYaml_NothingStored()
    {
        var store = new InMemoryApplicationStore();
        var text = File.ReadAllText(Path.Combine(DemoApplications.Directory, "affordable-housing.yaml")).Replace("free_float_pct: 9.5", "free_float_pct: 109.5");
        var result = new ApplicationIntake(store).Submit(text, "housing.yaml", AsOf);
        Assert.False(result.Accepted);
        Assert.Equal(["offer.free_float_pct"], result.Problems.Select(p => p.Field));
        Assert.Empty(store.Ids);
    }

    [Fact]
    public void Submit_InvalidModel_NothingStored()
    {
        var store = new InMemoryApplicationStore();
        var application = Demo("india-npo").WithOffer(o => o with { MinimumApplication = o.Size + 1 });
        var result = new ApplicationIntake(store).Submit(application, AsOf);
        Assert.False(result.Accepted);
        Assert.Equal(["offer.minimum_application"], result.Problems.Select(p => p.Field));
        Assert.Null(store.Find(application.Id));
    }

    [Fact]
    public void Submit_Valid_StoredOnce_DuplicateRefused()
    {
        var store = new InMemoryApplicationStore();
        var intake = new ApplicationIntake(store);
        var text = File.ReadAllText(Path.Combine(DemoApplications.Directory, "india-npo.yaml"));
        var first = intake.Submit(text, "india-npo.yaml", AsOf);
        Assert.True(first.Accepted);
        Assert.Equal("app-sahaj-siksha-2026", first.StoredId);
        Assert.Equal("Sahaj Siksha Trust", store.Find("app-sahaj-siksha-2026")!.Issuer.Name);

        var second = intake.Submit(text, "india-npo.yaml", AsOf);
        Assert.False(second.Accepted);
        Assert.Equal(["id"], second.Problems.Select(p => p.Field));
        Assert.Single(store.Ids);
    }
}
