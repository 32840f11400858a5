using System.Buffers.Binary;
using System.Runtime.Intrinsics.X86;
using ArmCrc32 = System.Runtime.Intrinsics.Arm.Crc32;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// CRC-32C (Castagnoli; reflected polynomial 0x82F63B78, initial value and final xor 0xFFFFFFFF), the checksum of
/// iSCSI, ext4 and most storage engines. It is here, not taken from System.IO.Hashing, because that package is not
/// served by the registry; the processors compute it in one instruction (SSE 4.2 <c>crc32</c>, ARMv8 <c>crc32c</c>),
/// so checking every journal record costs a few nanoseconds. A table-driven loop covers processors without it.
/// </summary>
public static class Crc32C
{
    /// <summary>The reflected Castagnoli polynomial.</summary>
    private const uint Polynomial = 0x82F63B78;

    /// <summary>Byte-at-a-time table for the software path; 1 KB, built once.</summary>
    private static readonly uint[] Table = CreateTable();

    /// <summary>True when the checksum runs on a processor instruction rather than the table.</summary>
    public static bool IsHardwareAccelerated => Sse42.IsSupported || ArmCrc32.IsSupported;

    /// <summary>The CRC-32C of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => ~Update(~0u, data);

    /// <summary>
    /// Continues a checksum: <c>Append(Compute(a), b) == Compute(a + b)</c>, so a record can be checked in pieces.
    /// </summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data) => ~Update(~crc, data);

    /// <summary>The table-driven path alone, so tests can hold the hardware path to it.</summary>
    internal static uint ComputeSoftware(ReadOnlySpan<byte> data) => ~UpdateSoftware(~0u, data);

    private static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        if (Sse42.X64.IsSupported) return UpdateSse42X64(crc, data);
        if (Sse42.IsSupported) return UpdateSse42(crc, data);
        if (ArmCrc32.Arm64.IsSupported) return UpdateArm64(crc, data);
        if (ArmCrc32.IsSupported) return UpdateArm(crc, data);
        return UpdateSoftware(crc, data);
    }

    // The instructions fold little-endian words into the reflected CRC, so reading words little-endian gives the
    // same result as feeding the bytes one by one.
    private static uint UpdateSse42X64(uint crc, ReadOnlySpan<byte> data)
    {
        ulong wide = crc;
        while (data.Length >= 8)
        {
            wide = Sse42.X64.Crc32(wide, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }
        return UpdateSse42((uint)wide, data);
    }

    private static uint UpdateSse42(uint crc, ReadOnlySpan<byte> data)
    {
        while (data.Length >= 4)
        {
            crc = Sse42.Crc32(crc, BinaryPrimitives.ReadUInt32LittleEndian(data));
            data = data[4..];
        }
        foreach (byte b in data) crc = Sse42.Crc32(crc, b);
        return crc;
    }

    private static uint UpdateArm64(uint crc, ReadOnlySpan<byte> data)
    {
        while (data.Length >= 8)
        {
            crc = ArmCrc32.Arm64.ComputeCrc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }
        return UpdateArm(crc, data);
    }

    private static uint UpdateArm(uint crc, ReadOnlySpan<byte> data)
    {
        while (data.Length >= 4)
        {
            crc = ArmCrc32.ComputeCrc32C(crc, BinaryPrimitives.ReadUInt32LittleEndian(data));
            data = data[4..];
        }
        foreach (byte b in data) crc = ArmCrc32.ComputeCrc32C(crc, b);
        return crc;
    }

    private static uint UpdateSoftware(uint crc, ReadOnlySpan<byte> data)
    {
        var table = Table;
        foreach (byte b in data) crc = table[(byte)(crc ^ b)] ^ (crc >> 8);
        return crc;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint entry = i;
            for (int bit = 0; bit < 8; bit++) entry = (entry & 1) != 0 ? (entry >> 1) ^ Polynomial : entry >> 1;
            table[i] = entry;
        }
        return table;
    }
}
