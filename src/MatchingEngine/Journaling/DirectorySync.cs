using System.Runtime.InteropServices;
using System.Text;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Flushes a directory's entries to disk, so a segment file created (or a torn one deleted) survives a power cut
/// along with the records in it. On Unix this is an fsync of the directory itself, which .NET cannot open as a
/// file handle, hence the three libc calls. Windows needs nothing: NTFS journals directory changes itself.
/// </summary>
internal static class DirectorySync
{
    /// <summary>fsync(2) on <paramref name="directory"/>; throws <see cref="IOException"/> with the errno when it fails.</summary>
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows()) return;
        // A NUL-terminated UTF-8 path passed as a byte array: no string marshalling rules to get wrong.
        var path = Encoding.UTF8.GetBytes(directory + "\0");
        int fd = Open(path, 0 /* O_RDONLY */);
        if (fd < 0) throw Error("opening directory", directory);
        try
        {
            if (Fsync(fd) != 0) throw Error("flushing directory", directory);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    private static IOException Error(string action, string directory)
    {
        int errno = Marshal.GetLastPInvokeError();
        return new IOException($"{action} {directory} failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})", errno);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
