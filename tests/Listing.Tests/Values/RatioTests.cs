using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Tests.Values;

public sealed class RatioTests
{
    [Theory]
    [InlineData("67%", 67, 100)]
    [InlineData("2/3", 2, 3)]
    [InlineData("0.67", 0.67, 1)]
    [InlineData("7.5%", 7.5, 100)]
    [InlineData(" 1 / 4 ", 1, 4)]
    public void TryParse_ValidText_ReadsFraction(string text, double numerator, double denominator)
    {
        Assert.True(Ratio.TryParse(text, out var ratio, out _));
        Assert.True(ratio.SameValueAs(new Ratio((decimal)numerator, (decimal)denominator)));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1/0")]
    [InlineData("x%")]
    [InlineData("")]
    public void TryParse_Malformed_ReturnsReason(string text)
    {
        Assert.False(Ratio.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void CompareTo_TwoThirdsAndSixtySevenPercent_TwoThirdsIsBelow()
    {
        // The boundary decision of the India 67% test: 2/3 = 66.666...% < 67%.
        Assert.True(new Ratio(2, 3) < Ratio.Percent(67));
        Assert.True(Ratio.Percent(66.67m) > new Ratio(2, 3));
        Assert.True(Ratio.Percent(66.66m) < new Ratio(2, 3));
    }

    [Fact]
    public void CompareTo_SameValueDifferentTerms_IsEqual()
    {
        Assert.Equal(0, new Ratio(1, 2).CompareTo(Ratio.Percent(50)));
        Assert.Equal(0, new Ratio(200, 300).CompareTo(new Ratio(2, 3)));
    }

    [Fact]
    public void ToString_WholePercentAndFraction_ShowsBoth()
    {
        Assert.Equal("67%", Ratio.Percent(67).ToString());
        Assert.Equal("7.5%", Ratio.Percent(7.5m).ToString());
        Assert.Equal("2/3 (66.67%)", new Ratio(2, 3).ToString());
    }
}
