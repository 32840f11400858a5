namespace SocialExchange.Matching.Hosting;

/// <summary>A snapshot the host wrote.</summary>
/// <param name="Path">The file.</param>
/// <param name="Sequence">The last journal sequence it covers: recovery replays from the next.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Pause">
/// How long the matching thread stood still for it: the wait for the journal to hold the commands it covers, and
/// the capture into memory. The file is written afterwards on another thread (by the host; a direct
/// <see cref="SnapshotStore.Write{THandler}"/> reports its whole time).
/// </param>
public sealed record SnapshotWritten(string Path, long Sequence, long Bytes, TimeSpan Pause);
