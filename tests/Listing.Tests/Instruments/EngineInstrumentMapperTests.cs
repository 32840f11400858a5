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

    [Fact]
    public void Map_SegmentMinimumOrderValue_TheEngineRefusesSmallerOrders()
    {
        var rulebook = SocialExchange.Listing.Rulebooks.RulebookLoader.Load(
            RulebookYaml("""
                - id: R-1
                  version: 1
                  title: a segment admits the instrument
                  criterion: instrument
                  kind: segment
                  sources: [S-1]
                """).Replace("    instrument_kinds: [ordinary_share]\n", "    instrument_kinds: [ordinary_share]\n    minimum_order_value: 500\n    taker_fee_bps: 3\n"),
            "test.yaml");
        var share = Demo("societa-benefit-food").Instrument with { IssuePrice = 10m };
        var spec = EngineInstrumentMapper.Map(share, rulebook.SegmentFor(share.Kind)!, 1).Spec!;
        Assert.Equal(50_000, spec.MinimumOrderNotional); // EUR 500 at price scale 2
        Assert.Equal(3, spec.AccountRules.TakerFeeBps);

        var log = new CorporateActions.RejectionLog();
        var engine = new Matching.Engine.MatchingEngine<CorporateActions.RejectionLog>(new(), log);
        engine.AddInstrument(spec with { TradingModel = TradingModelKind.ContinuousWithAuctions, Schedule = TradingSchedule.None });
        engine.SetPhase(new Matching.Commands.SetPhase(1, 1, Matching.Phases.TradingPhase.Continuous));
        engine.Place(new Matching.Commands.PlaceOrder(2, 1, 5, 1, Matching.Orders.Side.Buy, Matching.Orders.OrderType.Limit, Matching.Orders.TimeInForce.Day, 1_000, 49));
        engine.Place(new Matching.Commands.PlaceOrder(3, 1, 5, 2, Matching.Orders.Side.Buy, Matching.Orders.OrderType.Limit, Matching.Orders.TimeInForce.Day, 1_000, 50));
        Assert.Equal(Matching.Results.ResultCode.BelowMinimumOrderValue, Assert.Single(log.Rejections).Code);
    }

    [Fact]
    public void Load_NegativeMinimumOrderValue_NamedWithItsField()
    {
        var yaml = RulebookYaml("""
            - id: R-1
              version: 1
              title: a segment admits the instrument
              criterion: instrument
              kind: segment
              sources: [S-1]
            """).Replace("    instrument_kinds: [ordinary_share]\n", "    instrument_kinds: [ordinary_share]\n    minimum_order_value: -5\n");
        var error = Assert.Throws<SocialExchange.Listing.Rulebooks.RulebookLoadException>(() => SocialExchange.Listing.Rulebooks.RulebookLoader.Load(yaml, "bad.yaml"));
        Assert.Contains(error.Problems, p => p.Field == "segments[0].minimum_order_value" && p.Message.Contains("must not be negative"));
    }
}
