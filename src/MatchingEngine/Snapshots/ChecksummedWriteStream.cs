using SocialExchange.Matching.Journaling;

namespace SocialExchange.Matching.Snapshots;

/// <summary>
/// Passes writes through to another stream and keeps the CRC-32C and the count of what went through: a snapshot
/// body is written straight to its file and checksummed on the way, instead of being built whole in memory first.
/// Write-only; put a buffer in front of it, since each write updates the checksum.
/// </summary>
internal sealed class ChecksummedWriteStream(Stream inner) : Stream
{
    /// <summary>CRC-32C of every byte written so far.</summary>
    public uint Checksum { get; private set; }

    /// <summary>Bytes written so far.</summary>
    public long Written { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Checksum = Crc32C.Append(Checksum, buffer);
        Written += buffer.Length;
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
