namespace SocialExchange.Matching.Hosting;

/// <summary>A snapshot the host wrote.</summary>
/// <param name="Path">The file.</param>
/// <param name="Sequence">The last journal sequence it covers: recovery replays from the next.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Pause">How long the matching thread stood still to write it (durability wait included).</param>
public sealed record SnapshotWritten(string Path, long Sequence, long Bytes, TimeSpan Pause);
