namespace SocialExchange.Matching.Accounts;

/// <summary>
/// An ISO 4217 code packed into an <see cref="int"/> (three ASCII letters, first in the high byte), so commands
/// carry a currency in a fixed-size field and the ring never holds a string.
/// </summary>
public static class CurrencyCode
{
    /// <summary>Packs a three-letter upper-case code; anything else is an <see cref="ArgumentException"/>.</summary>
    public static int Pack(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 3 || !code.All(c => c is >= 'A' and <= 'Z'))
            throw new ArgumentException($"currency must be a three-letter upper-case ISO 4217 code, was '{code}'", nameof(code));
        return code[0] << 16 | code[1] << 8 | code[2];
    }

    /// <summary>True when <paramref name="packed"/> holds three upper-case letters.</summary>
    public static bool IsValid(int packed) =>
        (packed >> 24) == 0 && IsLetter(packed >> 16) && IsLetter(packed >> 8) && IsLetter(packed);

    /// <summary>The code as text, or a hexadecimal form for a value that is not a valid code.</summary>
    public static string Unpack(int packed) =>
        IsValid(packed) ? new string([(char)((packed >> 16) & 0xFF), (char)((packed >> 8) & 0xFF), (char)(packed & 0xFF)]) : $"0x{packed:x}";

    private static bool IsLetter(int b) => (b & 0xFF) is >= 'A' and <= 'Z';
}
