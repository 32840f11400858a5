using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Snapshots;

/// <summary>
/// Reads the little-endian fields of a snapshot body straight from its bytes. Restoring a large market reads
/// tens of millions of fields; a <see cref="BinaryReader"/> over a <see cref="MemoryStream"/> pays a virtual call
/// and a stream position update for each, this pays a bounds check. Running past the end means the body is not
/// what its header says: <see cref="SnapshotFormatException"/>.
/// </summary>
internal sealed class SnapshotBodyReader(byte[] body)
{
    private int _position;

    public byte ReadByte() => Take(1)[0];

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public byte[] ReadBytes(int count)
    {
        if (count < 0) throw new SnapshotFormatException($"snapshot body holds a negative length ({count}) at byte {_position}");
        return Take(count).ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int count)
    {
        if ((uint)count > (uint)(body.Length - _position)) ThrowTruncated(count);
        var span = body.AsSpan(_position, count);
        _position += count;
        return span;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowTruncated(int count) =>
        throw new SnapshotFormatException($"snapshot body ends at byte {body.Length}, inside a field of {count} bytes at byte {_position}");
}
