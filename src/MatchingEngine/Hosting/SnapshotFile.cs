namespace SocialExchange.Matching.Hosting;

/// <summary>A snapshot file: where it is and the journal sequence it covers (from its name).</summary>
public sealed record SnapshotFile(string Path, long Sequence);
