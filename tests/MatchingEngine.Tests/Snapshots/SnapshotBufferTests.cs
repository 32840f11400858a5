using SocialExchange.Matching.Snapshots;

namespace SocialExchange.Matching.Tests.Snapshots;

/// <summary>The in-memory snapshot: chunked, seekable for the header's length, reused without growing again.</summary>
public sealed class SnapshotBufferTests
{
    [Fact]
    public void Write_AcrossChunks_SeekBackAndOverwrite_CopiesOutTheSameBytes()
    {
        var expected = new byte[3 * SnapshotBuffer.ChunkSize + 12345];
        new Random(7).NextBytes(expected);
        using var buffer = new SnapshotBuffer();
        buffer.Write(new byte[4]); // a placeholder, filled in below as a snapshot's length is
        buffer.Write(expected.AsSpan(4, 1000));
        buffer.Write(expected, 1004, expected.Length - 1004); // crosses three chunk boundaries in one call
        buffer.Position = 0;
        buffer.Write(expected.AsSpan(0, 4));
        buffer.Seek(0, SeekOrigin.End);

        using var copy = new MemoryStream();
        buffer.WriteTo(copy);

        Assert.Equal(expected, copy.ToArray());
        Assert.Equal(expected.Length, buffer.Length);
        Assert.Equal(expected.Length, buffer.Position);
    }

    [Fact]
    public void Reset_KeepsTheMemoryAndStartsEmpty()
    {
        using var buffer = new SnapshotBuffer();
        buffer.Write(new byte[2 * SnapshotBuffer.ChunkSize + 1]);
        long capacity = buffer.Capacity;

        buffer.Reset();
        buffer.Write([1, 2, 3]);
        using var copy = new MemoryStream();
        buffer.WriteTo(copy);

        Assert.Equal(3L * SnapshotBuffer.ChunkSize, capacity);
        Assert.Equal(capacity, buffer.Capacity);
        Assert.Equal(new byte[] { 1, 2, 3 }, copy.ToArray());
    }

    [Fact]
    public void Position_BeyondTheEnd_IsRefused()
    {
        using var buffer = new SnapshotBuffer();
        buffer.Write([1, 2, 3]);

        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Position = 4);
        Assert.Throws<NotSupportedException>(() => buffer.Read(new byte[1], 0, 1));
    }
}
