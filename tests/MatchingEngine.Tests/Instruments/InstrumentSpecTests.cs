using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Instruments;

/// <summary>Listing an instrument: a bad specification is refused with every problem named, and nothing is listed.</summary>
public sealed class InstrumentSpecTests
{
    [Fact]
    public void AddInstrument_BadSpec_NamesEveryProblemAndListsNothing()
    {
        var engine = new MatchingEngine<EventLog>(new EngineOptions(), new EventLog());
        var spec = new InstrumentSpec
        {
            Id = 7, Symbol = "", ReferencePrice = 0, LotSize = 0, Currency = "EURO",
            Schedule = new TradingSchedule { OpenCallStart = 10, OpeningAuction = 5 },
        };

        var error = Assert.Throws<ArgumentException>(() => engine.AddInstrument(spec));

        Assert.Contains("Symbol", error.Message);
        Assert.Contains("ReferencePrice", error.Message);
        Assert.Contains("LotSize", error.Message);
        Assert.Contains("Currency", error.Message);
        Assert.Contains("OpenCallStart", error.Message);
        Assert.Empty(engine.Instruments);
    }

    [Fact]
    public void AddInstrument_SameIdTwice_IsRefused()
    {
        var engine = new MatchingEngine<EventLog>(new EngineOptions(), new EventLog());
        var spec = new InstrumentSpec { Id = 1, Symbol = "A", ReferencePrice = 1_000 };
        engine.AddInstrument(spec);
        var error = Assert.Throws<ArgumentException>(() => engine.AddInstrument(spec with { Symbol = "B" }));
        Assert.Contains("already listed", error.Message);
        Assert.Single(engine.Instruments);
    }

    [Fact]
    public void LadderBounds_CoverTheBandAroundTheReference()
    {
        var spec = new InstrumentSpec { Id = 1, Symbol = "A", ReferencePrice = 10_000, PriceScale = 2, TickTable = TickSizeTable.Uniform(5), PriceBandBps = 1_000 };
        Assert.Equal(9_000, spec.LowestLadderPrice);
        Assert.Equal(11_000, spec.HighestLadderPrice);
    }
}
