namespace SocialExchange.Matching.Hosting;

/// <summary>Live time: nanoseconds since the Unix epoch, from the system clock (100 ns resolution).</summary>
public sealed class WallClock : IEngineClock
{
    /// <summary>The one instance.</summary>
    public static WallClock Instance { get; } = new();

    private WallClock() { }

    /// <inheritdoc/>
    public long Now() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;
}
