namespace SocialExchange.Matching.Tests.Properties;

/// <summary>
/// Invariants of the real engine over seeded random command streams (see <see cref="PropertyRun"/> for the list),
/// checked after every command. A failure names each broken property with its seed, command index and command.
/// </summary>
public sealed class PropertyTests
{
    [Theory]
    [InlineData(101UL, 1)]
    [InlineData(102UL, 2)]
    [InlineData(103UL, 1)]
    [InlineData(104UL, 2)]
    [InlineData(105UL, 1)]
    [InlineData(106UL, 2)]
    public void RandomStream_InvariantsHoldAfterEveryCommand(ulong seed, int instruments)
    {
        string broken = PropertyRun.RandomStream(seed, commandCount: 5_000, instruments);
        Assert.True(broken.Length == 0, broken);
    }
}
