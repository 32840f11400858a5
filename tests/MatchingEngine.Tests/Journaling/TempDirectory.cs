namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sx-journal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the directory.</summary>
    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A copy of this directory's files in a new temporary directory.</summary>
    public TempDirectory Copy()
    {
        var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(Path)) File.Copy(file, copy.Combine(System.IO.Path.GetFileName(file)));
        return copy;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
