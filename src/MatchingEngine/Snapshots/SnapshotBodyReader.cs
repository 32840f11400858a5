using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Snapshots;

/// <summary>
/// Reads the little-endian fields of a snapshot body straight from its bytes. Restoring a large market reads
/// tens of millions of fields; a <see cref="BinaryReader"/> over a <see cref="MemoryStream"/> pays a virtual call
/// and a stream position update for each, this pays a bounds check. Running past the end means the body is not
/// what its header says: <see cref="SnapshotFormatException"/>.
/// </summary>
/// <remarks>
/// Over a stream it reads through a window of <see cref="WindowSize"/> bytes refilled as the fields are taken,
/// instead of the whole body at once: a body of hundreds of megabytes would otherwise be memory written for the
/// first time only to be read once, and first writes are slow on this project's VM (about 220 MB/s).
/// </remarks>
internal sealed class SnapshotBodyReader
{
    public const int WindowSize = 1 << 20;

    private readonly Stream? _stream;
    private readonly byte[] _window;

    /// <summary>Unread bytes are <c>_window[_start.._end]</c>.</summary>
    private int _start;
    private int _end;

    /// <summary>Body offset of <c>_window[0]</c>, for messages.</summary>
    private long _windowOffset;

    /// <summary>Body bytes still in the stream, not yet in the window.</summary>
    private long _unread;

    /// <summary>A body already in memory.</summary>
    public SnapshotBodyReader(byte[] body)
    {
        _window = body;
        _end = body.Length;
    }

    /// <summary>The next <paramref name="length"/> bytes of <paramref name="stream"/>, read as they are needed.</summary>
    public SnapshotBodyReader(Stream stream, long length)
    {
        _stream = stream;
        _window = new byte[(int)Math.Min(WindowSize, Math.Max(length, 1))];
        _unread = length;
    }

    public byte ReadByte() => Take(1)[0];

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public byte[] ReadBytes(int count)
    {
        if (count < 0) throw new SnapshotFormatException($"snapshot body holds a negative length ({count}) at byte {Position}");
        if (count <= _window.Length) return Take(count).ToArray();
        // Longer than the window (a listing never is, but the format allows it): what is buffered, then the rest.
        if (count > _end - _start + _unread) ThrowTruncated(count);
        var bytes = new byte[count];
        int buffered = _end - _start;
        _window.AsSpan(_start, buffered).CopyTo(bytes);
        _stream!.ReadExactly(bytes, buffered, count - buffered);
        _unread -= count - buffered;
        _windowOffset += _end + (count - buffered);
        _start = _end = 0;
        return bytes;
    }

    private long Position => _windowOffset + _start;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int count)
    {
        if ((uint)count > (uint)(_end - _start)) Refill(count);
        var span = _window.AsSpan(_start, count);
        _start += count;
        return span;
    }

    /// <summary>Moves the unread bytes to the front of the window and tops it up from the stream.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Refill(int count)
    {
        if (_stream is null || count > _window.Length) ThrowTruncated(count);
        int buffered = _end - _start;
        _window.AsSpan(_start, buffered).CopyTo(_window);
        _windowOffset += _start;
        _start = 0;
        _end = buffered;
        int wanted = (int)Math.Min(_window.Length - buffered, _unread);
        _stream.ReadExactly(_window, buffered, wanted);
        _end += wanted;
        _unread -= wanted;
        if (count > _end) ThrowTruncated(count);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowTruncated(int count) =>
        throw new SnapshotFormatException($"snapshot body ends at byte {_windowOffset + _end + _unread}, inside a field of {count} bytes at byte {Position}");
}
