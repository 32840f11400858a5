using System.Text;
using SocialExchange.Matching.Journaling;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>CRC-32C against published vectors (the "check" value and RFC 3720 appendix B.4), hardware against table.</summary>
public sealed class Crc32CTests
{
    public static TheoryData<string, uint> Vectors => new()
    {
        { "", 0x00000000 },
        { "123456789", 0xE3069283 }, // the catalogue "check" value of CRC-32/ISCSI
        { "a", 0xC1D04330 },
        { "The quick brown fox jumps over the lazy dog", 0x22620404 },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Compute_KnownText_MatchesPublishedValue(string text, uint expected)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        Assert.Equal(expected, Crc32C.Compute(bytes));
        Assert.Equal(expected, Crc32C.ComputeSoftware(bytes));
    }

    [Fact]
    public void Compute_Rfc3720Vectors_MatchPublishedValues()
    {
        // RFC 3720 (iSCSI), appendix B.4: 32 bytes of zeros, of ones, ascending and descending.
        var zeros = new byte[32];
        var ones = Enumerable.Repeat((byte)0xFF, 32).ToArray();
        var ascending = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var descending = Enumerable.Range(0, 32).Select(i => (byte)(31 - i)).ToArray();
        Assert.Equal(0x8A9136AAu, Crc32C.Compute(zeros));
        Assert.Equal(0x62A8AB43u, Crc32C.Compute(ones));
        Assert.Equal(0x46DD794Eu, Crc32C.Compute(ascending));
        Assert.Equal(0x113FDB5Cu, Crc32C.Compute(descending));
    }

    [Fact]
    public void Compute_EveryLengthAndAlignment_HardwareEqualsTable()
    {
        var random = new Random(7);
        var data = new byte[300];
        random.NextBytes(data);
        for (int start = 0; start < 8; start++)
        {
            for (int length = 0; start + length <= data.Length; length++)
            {
                var span = data.AsSpan(start, length);
                Assert.Equal(Crc32C.ComputeSoftware(span), Crc32C.Compute(span));
            }
        }
    }

    [Fact]
    public void Append_SplitAnywhere_EqualsWhole()
    {
        var data = Encoding.ASCII.GetBytes("123456789 and some more bytes to cross a word boundary");
        uint whole = Crc32C.Compute(data);
        for (int split = 0; split <= data.Length; split++)
            Assert.Equal(whole, Crc32C.Append(Crc32C.Compute(data.AsSpan(0, split)), data.AsSpan(split)));
    }

    [Fact]
    public void IsHardwareAccelerated_OnX64OrArm64_IsTrue()
    {
        // Not a correctness requirement, but the journal's speed assumes it on the machines it runs on.
        if (System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture is System.Runtime.InteropServices.Architecture.X64)
            Assert.Equal(System.Runtime.Intrinsics.X86.Sse42.IsSupported, Crc32C.IsHardwareAccelerated);
    }
}
