namespace SocialExchange.Matching.Journaling;

/// <summary>
/// The one-writer guard of a journal directory: a <c>journal.lock</c> file held open exclusively for as long as a
/// <see cref="JournalWriter"/> is open. A second writer (another process, or a second writer in this one) would
/// interleave records and cut each other's tails; it is refused instead, before it reads or changes anything. On
/// Unix .NET takes an advisory <c>flock</c> for <see cref="FileShare.None"/>, so a lock left by a killed process
/// goes with it and never needs cleaning up; readers (dump, verify, replay) do not take it.
/// </summary>
internal sealed class JournalLock : IDisposable
{
    /// <summary>Name of the lock file in the journal directory.</summary>
    public const string FileName = "journal.lock";

    private readonly FileStream _file;

    private JournalLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of <paramref name="directory"/>, or throws <see cref="JournalInUseException"/> naming it.</summary>
    public static JournalLock Acquire(string directory)
    {
        string path = Path.Combine(directory, FileName);
        try
        {
            return new JournalLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new JournalInUseException(directory, e);
        }
    }

    public void Dispose() => _file.Dispose();
}
