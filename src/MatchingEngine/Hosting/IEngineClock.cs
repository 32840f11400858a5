namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Where the sequencer gets engine time (nanoseconds). The engine itself never reads a clock: the host stamps each
/// command with this, so the journal holds the time and a replay sees exactly the same one.
/// </summary>
public interface IEngineClock
{
    /// <summary>The current time in nanoseconds. It may repeat or go backwards; the sequencer keeps time monotonic.</summary>
    long Now();
}
