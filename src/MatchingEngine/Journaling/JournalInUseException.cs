namespace SocialExchange.Matching.Journaling;

/// <summary>A journal directory is already open for writing: only one writer may append to a journal.</summary>
public sealed class JournalInUseException(string directory, Exception inner)
    : IOException($"the journal in {directory} is already open for writing (by another process, or another writer in this one); "
        + "only one writer may append to a journal, so this one was not opened and nothing was changed", inner)
{
    /// <summary>The journal directory.</summary>
    public string Directory { get; } = directory;
}
