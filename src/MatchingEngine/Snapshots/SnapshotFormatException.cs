namespace SocialExchange.Matching.Snapshots;

/// <summary>
/// A snapshot that cannot be used: wrong magic number, a format version this build does not read, a checksum
/// mismatch, or content that contradicts itself. The message names what is wrong; recovery then falls back to an
/// older snapshot and a longer journal replay.
/// </summary>
public sealed class SnapshotFormatException(string message) : Exception(message);
