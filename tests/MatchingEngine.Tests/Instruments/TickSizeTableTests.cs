using SocialExchange.Matching.Instruments;

namespace SocialExchange.Matching.Tests.Instruments;

/// <summary>The RTS 11 tick table against the excerpt in the domain brief (section 5.4), and on-tick arithmetic.</summary>
public sealed class TickSizeTableTests
{
    // Rows of the brief's excerpt: price in euro, then the tick for liquidity bands 1 to 6, in euro.
    [Theory]
    [InlineData(0.05, 0.0005, 0.0002, 0.0001, 0.0001, 0.0001, 0.0001)]
    [InlineData(0.15, 0.001, 0.0005, 0.0002, 0.0001, 0.0001, 0.0001)]
    [InlineData(0.3, 0.002, 0.001, 0.0005, 0.0002, 0.0001, 0.0001)]
    [InlineData(0.7, 0.005, 0.002, 0.001, 0.0005, 0.0002, 0.0001)]
    [InlineData(1.5, 0.01, 0.005, 0.002, 0.001, 0.0005, 0.0002)]
    [InlineData(3, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005)]
    [InlineData(7, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001)]
    [InlineData(15, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002)]
    [InlineData(30, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005)]
    [InlineData(70, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01)]
    [InlineData(150, 1, 0.5, 0.2, 0.1, 0.05, 0.02)]
    public void Rts11_TickAtPrice_MatchesTheAnnex(double euro, double band1, double band2, double band3, double band4, double band5, double band6)
    {
        const int scale = 4; // 0.0001 euro is one price unit, so every tick of the excerpt is whole
        double[] expected = [band1, band2, band3, band4, band5, band6];
        long price = (long)Math.Round(euro * 10_000);
        for (int band = 1; band <= 6; band++)
        {
            long tick = TickSizeTable.Rts11(band, scale).TickAt(price);
            Assert.True((long)Math.Round(expected[band - 1] * 10_000) == tick, $"price {euro} band {band}: tick {tick} units");
        }
    }

    [Fact]
    public void Rts11_CoarseScale_RaisesTicksToOneUnit()
    {
        // At scale 2 (cents) a 0.0005 euro tick cannot be expressed: the finest tick is one cent.
        Assert.Equal(1, TickSizeTable.Rts11(1, 2).TickAt(5));
    }

    [Fact]
    public void IsOnTick_ChecksTheTickOfThePriceRange()
    {
        var table = TickSizeTable.Rts11(1, 4);
        Assert.True(table.IsOnTick(15_000));   // 1.50: tick 0.01
        Assert.False(table.IsOnTick(15_005));  // 1.5005 is between ticks
        Assert.True(table.IsOnTick(25_000));   // 2.50: tick 0.02
        Assert.False(table.IsOnTick(25_100));  // 2.51 is off the 0.02 grid
    }

    [Fact]
    public void TickUpAndDown_StepAcrossRangeBounds()
    {
        var table = TickSizeTable.Rts11(1, 4);
        Assert.Equal(20_000, table.TickUp(19_900));   // 1.99 + 0.01 = 2.00, where the tick becomes 0.02
        Assert.Equal(20_200, table.TickUp(20_000));
        Assert.Equal(19_900, table.TickDown(20_000)); // below 2.00 the tick is 0.01 again
    }

    [Fact]
    public void Constructor_BadRows_NameTheRow()
    {
        var error = Assert.Throws<ArgumentException>(() => new TickSizeTable([new TickSizeRow(0, 1), new TickSizeRow(15, 10)]));
        Assert.Contains("row 1", error.Message);
        Assert.Contains("not a multiple of its tick", error.Message);
    }
}
