namespace SocialExchange.Matching.Journaling;

/// <summary>What opening a journal for writing may do about corruption that is not a torn tail.</summary>
public enum JournalRepair : byte
{
    /// <summary>Refuse: throw <see cref="JournalCorruptedException"/> and change nothing. The default.</summary>
    None = 0,

    /// <summary>
    /// Cut the journal at the first corrupted record: the bytes from there and every later segment are renamed
    /// to <c>*.discarded</c> (kept for inspection, never read again) and writing continues after the last valid
    /// record. Records after the damage are lost, so this is for an operator who decided so.
    /// </summary>
    TruncateAtCorruption = 1,
}
