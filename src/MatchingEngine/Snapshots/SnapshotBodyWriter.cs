using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Snapshots;

/// <summary>
/// Writes the little-endian fields of a snapshot body into a buffer of its own and hands the buffer to a stream
/// when full: the writing counterpart of <see cref="SnapshotBodyReader"/>. A snapshot of a large market is tens of
/// millions of fields written while matching waits; through a <see cref="BinaryWriter"/> each field is a virtual
/// call into a stream's own buffering, here it is a bounds check and a store. Each overload writes the same
/// bytes <see cref="BinaryWriter"/> writes for its type (which wrote the format first), so no field silently
/// widens.
/// </summary>
internal sealed class SnapshotBodyWriter(Stream output) : IDisposable
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _position;

    public void Write(byte value) => Take(1)[0] = value;

    public void Write(bool value) => Take(1)[0] = value ? (byte)1 : (byte)0;

    public void Write(short value) => BinaryPrimitives.WriteInt16LittleEndian(Take(2), value);

    public void Write(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Take(2), value);

    public void Write(int value) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

    public void Write(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Take(4), value);

    public void Write(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

    public void Write(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Take(8), value);

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= _buffer.Length)
        {
            bytes.CopyTo(Take(bytes.Length));
            return;
        }
        Flush();
        output.Write(bytes);
    }

    /// <summary>Hands what is buffered to the stream.</summary>
    public void Flush()
    {
        output.Write(_buffer, 0, _position);
        _position = 0;
    }

    /// <summary>Flushes; the stream stays open.</summary>
    public void Dispose() => Flush();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Take(int count)
    {
        if (_position + count > _buffer.Length) Flush();
        var span = _buffer.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
