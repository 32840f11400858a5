using Microsoft.Win32.SafeHandles;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Reads one segment file through a reusable window: <see cref="Ensure"/> makes a byte range available in
/// <see cref="Buffer"/>, refilling the window from that offset when the range is not inside it. Reads go forward,
/// so each refill is one large sequential read and no record is read twice except one straddling a refill.
/// </summary>
internal sealed class SegmentFileReader : IDisposable
{
    private readonly SafeFileHandle _handle;
    private long _windowOffset;
    private int _windowCount;

    /// <param name="buffer">The window; at least <see cref="JournalRecordLayout.MaxRecordLength"/> bytes, shared by the segments read one after another.</param>
    public SegmentFileReader(string path, byte[] buffer)
    {
        Path = path;
        Buffer = buffer;
        // The writer may hold the file open for writing while a tool reads it.
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Length = RandomAccess.GetLength(_handle);
    }

    public string Path { get; }

    /// <summary>The file's length when it was opened; bytes appended later are not read.</summary>
    public long Length { get; }

    public byte[] Buffer { get; }

    /// <summary>
    /// Makes bytes [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="count"/>) available
    /// and returns where they start in <see cref="Buffer"/>; -1 when the file ends before.
    /// </summary>
    public int Ensure(long offset, int count)
    {
        if (offset < 0 || offset + count > Length) return -1;
        if (offset >= _windowOffset && offset + count <= _windowOffset + _windowCount) return (int)(offset - _windowOffset);
        int wanted = (int)Math.Min(Buffer.Length, Length - offset);
        int read = 0;
        while (read < wanted)
        {
            int n = RandomAccess.Read(_handle, Buffer.AsSpan(read, wanted - read), offset + read);
            if (n == 0) break;
            read += n;
        }
        _windowOffset = offset;
        _windowCount = read;
        return read >= count ? 0 : -1;
    }

    /// <summary>
    /// True when a valid record frame (plausible length, matching checksum) starts at any byte offset from
    /// <paramref name="from"/> on. Used only on the error path, to tell a torn tail (nothing valid after the
    /// damage) from corruption in the middle. Zeros and random bytes fail the length test at once, so the scan
    /// costs a checksum only where a plausible length appears.
    /// </summary>
    public bool HasValidRecordFrom(long from)
    {
        for (long p = Math.Max(0, from); p + JournalRecordLayout.MinRecordLength <= Length; p++)
        {
            int at = Ensure(p, 4);
            if (at < 0) return false;
            int length = JournalRecordLayout.ReadLength(Buffer.AsSpan(at));
            if (!JournalRecordLayout.IsPlausibleLength(length)) continue;
            at = Ensure(p, length);
            if (at < 0) continue;
            if (JournalRecordLayout.HasValidChecksum(Buffer.AsSpan(at, length))) return true;
        }
        return false;
    }

    /// <summary>
    /// True when every byte from <paramref name="from"/> to the end of the file is zero: the unused end of a
    /// preallocated segment. Reads the rest of the file, so it is asked only where a record's length reads zero.
    /// </summary>
    public bool IsZeroFrom(long from)
    {
        for (long p = from; p < Length;)
        {
            int count = (int)Math.Min(Buffer.Length, Length - p);
            int at = Ensure(p, count);
            if (at < 0 || Buffer.AsSpan(at, count).ContainsAnyExcept((byte)0)) return false;
            p += count;
        }
        return true;
    }

    /// <summary>
    /// The file's length without the zeros at its end: for a preallocated segment, how far anything was written.
    /// Reads backwards from the end; used on the error path, to say how many bytes a cut drops.
    /// </summary>
    public long LengthWithoutZeroTail()
    {
        long end = Length;
        while (end > 0)
        {
            int count = (int)Math.Min(Buffer.Length, end);
            int at = Ensure(end - count, count);
            if (at < 0) return end;
            int last = Buffer.AsSpan(at, count).LastIndexOfAnyExcept((byte)0);
            if (last >= 0) return end - count + last + 1;
            end -= count;
        }
        return 0;
    }

    public void Dispose() => _handle.Dispose();
}
