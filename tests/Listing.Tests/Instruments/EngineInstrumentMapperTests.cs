using SocialExchange.Listing.Applications;
using SocialExchange.Listing.Instruments;
using SocialExchange.Matching.Instruments;
using static SocialExchange.Listing.Tests.Fixtures;

namespace SocialExchange.Listing.Tests.Instruments;

/// <summary>Admitted instruments become engine instruments with the kind and trading model of their segment.</summary>
public sealed class EngineInstrumentMapperTests
{
    [Theory]
    [InlineData(ListedInstrumentKind.OrdinaryShare, InstrumentKind.EquityShare)]
    [InlineData(ListedInstrumentKind.CappedDividendShare, InstrumentKind.CappedDividendShare)]
    [InlineData(ListedInstrumentKind.Bond, InstrumentKind.Bond)]
    [InlineData(ListedInstrumentKind.SocialBond, InstrumentKind.Bond)]
    [InlineData(ListedInstrumentKind.ImpactLinkedBond, InstrumentKind.Bond)]
    [InlineData(ListedInstrumentKind.DonationInstrument, InstrumentKind.NonTransferable)]
    public void EngineKindOf_EveryListedKind(ListedInstrumentKind listed, InstrumentKind engine) =>
        Assert.Equal(engine, EngineInstrumentMapper.EngineKindOf(listed));

    [Theory]
    [InlineData("societa-benefit-food", "bis", InstrumentKind.EquityShare, TradingModelKind.PeriodicAuctions)]
    [InlineData("societa-benefit-food", "egm", InstrumentKind.EquityShare, TradingModelKind.ContinuousWithAuctions)]
    [InlineData("affordable-housing", "bis", InstrumentKind.CappedDividendShare, TradingModelKind.PeriodicAuctions)]
    [InlineData("social-cooperative", "bis", InstrumentKind.Bond, TradingModelKind.PeriodicAuctions)]
    [InlineData("health-care", "india-sse", InstrumentKind.Bond, TradingModelKind.ContinuousWithAuctions)]
    [InlineData("india-npo", "india-sse", InstrumentKind.NonTransferable, TradingModelKind.PrimaryOnly)]
    public void Map_DemoInstrumentOnItsSegment_ValidEngineSpec(string demo, string rulebookId, InstrumentKind kind, TradingModelKind model)
    {
        var application = Demo(demo);
        var segment = Shipped.All.Single(r => r.Id == rulebookId).SegmentFor(application.Instrument.Kind)!;
        var mapping = EngineInstrumentMapper.Map(application.Instrument, segment, instrumentId: 7);
        Assert.True(mapping.Succeeded, string.Join("; ", mapping.Problems));
        var spec = mapping.Spec!;
        Assert.Equal((7, application.Instrument.Symbol, kind, model), (spec.Id, spec.Symbol, spec.Kind, spec.TradingModel));
        Assert.Empty(spec.Validate());
    }

    [Fact]
    public void Map_Bond_QuotedInPercentOfNominal_LotIsNominal()
    {
        var bond = Demo("social-cooperative").Instrument;
        var spec = EngineInstrumentMapper.Map(bond, Bis.SegmentFor(bond.Kind)!, 1).Spec!;
        Assert.Equal(10_000, spec.ReferencePrice); // 100.00% at scale 2
        Assert.Equal(1_000, spec.LotSize);
        Assert.Equal(2, spec.Schedule.UncrossTimes.Count); // 11:30 and 16:30
        Assert.Equal(11 * TradingSchedule.Hour + 30 * TradingSchedule.Minute, spec.Schedule.UncrossTimes[0]);
    }

    [Fact]
    public void Map_PriceWithTooManyDecimals_ProblemNamesField()
    {
        var share = Demo("societa-benefit-food").Instrument with { IssuePrice = 12.505m };
        var mapping = EngineInstrumentMapper.Map(share, Egm.SegmentFor(share.Kind)!, 1);
        Assert.False(mapping.Succeeded);
        Assert.Contains(mapping.Problems, p => p.StartsWith("instrument.issue_price"));
    }

    [Fact]
    public void Map_DonationOnTradingSegment_Refused()
    {
        var donation = Demo("india-npo").Instrument;
        var segment = new Segment("x", "X", TradingModelKind.ContinuousWithAuctions, [ListedInstrumentKind.DonationInstrument], []);
        var mapping = EngineInstrumentMapper.Map(donation, segment, 1);
        Assert.Contains(mapping.Problems, p => p.Contains("primary-only"));
    }

    [Fact]
    public void Map_SegmentNotAdmittingKind_Refused()
    {
        var bond = Demo("health-care").Instrument;
        var mapping = EngineInstrumentMapper.Map(bond, Egm.Segments[0], 1);
        Assert.Contains(mapping.Problems, p => p.StartsWith("instrument.kind"));
    }
}
