namespace SocialExchange.Matching.Tests.Oracle;

/// <summary>
/// The engine against the naive <see cref="ReferenceEngine"/> on seeded random command streams: identical events
/// after every command and identical state hashes. A failure prints its seed; rerun that seed alone to debug it.
/// </summary>
public sealed class OracleTests
{
    [Theory]
    [InlineData(1UL, 1)]
    [InlineData(2UL, 2)]
    [InlineData(3UL, 1)]
    [InlineData(4UL, 2)]
    [InlineData(5UL, 1)]
    [InlineData(6UL, 2)]
    [InlineData(7UL, 1)]
    [InlineData(8UL, 2)]
    [InlineData(9UL, 1)]
    [InlineData(10UL, 2)]
    public void RandomStream_EngineMatchesReference(ulong seed, int instruments)
    {
        string failure = OracleRun.Compare(seed, commandCount: 3_000, instruments);
        Assert.True(failure.Length == 0, $"seed {seed}: {failure}");
    }

    [Fact]
    public void LongRandomStream_EngineMatchesReference()
    {
        const ulong seed = 20_240_601;
        string failure = OracleRun.Compare(seed, commandCount: 100_000, instrumentCount: 2);
        Assert.True(failure.Length == 0, $"seed {seed}: {failure}");
    }
}
