using SocialExchange.Matching.Memory;

namespace SocialExchange.Matching.Snapshots;

/// <summary>
/// A snapshot held in memory between the matching thread, which writes it in its pause, and the thread that then
/// puts it in a file. Memory in 16 MiB chunks that are kept when the buffer is reset, so every snapshot after the
/// first writes into memory already touched (on this project's VM the first write to a page costs far more than the
/// write itself) and nothing is copied to grow it; each chunk is a <see cref="LargeArray"/>, so even the first
/// snapshot touches its pages 2 MiB at a time where the kernel allows. A seekable stream, because the snapshot
/// writer fills in the body's length in the header at the end.
/// </summary>
public sealed class SnapshotBuffer : Stream
{
    internal const int ChunkSize = 16 << 20;

    private readonly List<byte[]> _chunks = [];
    private long _length;
    private long _position;

    /// <summary>Empties the buffer and keeps its memory for the next snapshot.</summary>
    public void Reset()
    {
        _length = 0;
        _position = 0;
    }

    /// <summary>Memory held, in bytes (the largest snapshot written so far, rounded up to a chunk).</summary>
    public long Capacity => (long)_chunks.Count * ChunkSize;

    /// <summary>Writes the whole content to <paramref name="destination"/>, wherever the position is.</summary>
    public void WriteTo(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        for (long at = 0; at < _length; at += ChunkSize)
            destination.Write(_chunks[(int)(at / ChunkSize)], 0, (int)Math.Min(ChunkSize, _length - at));
    }

    public override bool CanRead => false;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, _length);
            _position = value;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            int chunk = (int)(_position / ChunkSize);
            if (chunk == _chunks.Count) _chunks.Add(LargeArray.Allocate<byte>(ChunkSize));
            int at = (int)(_position % ChunkSize);
            int count = Math.Min(buffer.Length, ChunkSize - at);
            buffer[..count].CopyTo(_chunks[chunk].AsSpan(at));
            buffer = buffer[count..];
            _position += count;
            _length = Math.Max(_length, _position);
        }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("a snapshot buffer is written, then copied out with WriteTo");

    public override void SetLength(long value) => throw new NotSupportedException("a snapshot buffer grows as it is written");
}
