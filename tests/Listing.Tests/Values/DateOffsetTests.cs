using SocialExchange.Listing.Values;

namespace SocialExchange.Listing.Tests.Values;

public sealed class DateOffsetTests
{
    [Theory]
    [InlineData("-3y", "2026-06-30", "2023-06-30")]
    [InlineData("12m", "2026-06-30", "2027-06-30")]
    [InlineData("90d", "2025-03-31", "2025-06-29")]
    [InlineData("0d", "2025-03-31", "2025-03-31")]
    [InlineData("1y", "2024-02-29", "2025-02-28")]
    [InlineData("3m", "2025-06-30", "2025-09-30")]
    public void ApplyTo_Offset_MovesByCalendar(string offset, string from, string expected)
    {
        Assert.True(DateOffset.TryParse(offset, out var value));
        Assert.Equal(DateOnly.Parse(expected), value.ApplyTo(DateOnly.Parse(from)));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("y")]
    [InlineData("3w")]
    [InlineData("three years")]
    public void TryParse_Malformed_False(string text) => Assert.False(DateOffset.TryParse(text, out _));
}
