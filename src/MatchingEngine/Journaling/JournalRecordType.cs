namespace SocialExchange.Matching.Journaling;

/// <summary>
/// What a journal record holds. Engine commands keep the numbers of <see cref="Commands.CommandKind"/>, so a type
/// byte reads the same in a record and in a rejection; zero is never written, so a zero-filled tail is never a
/// record. Numbers are part of the file format: never renumber, only add.
/// </summary>
public enum JournalRecordType : byte
{
    /// <summary>Not a record type; what a zero-filled (never written) region reads as.</summary>
    None = 0,

    /// <summary><see cref="Commands.PlaceOrder"/>.</summary>
    PlaceOrder = 1,

    /// <summary><see cref="Commands.CancelOrder"/>.</summary>
    CancelOrder = 2,

    /// <summary><see cref="Commands.AmendOrder"/>.</summary>
    AmendOrder = 3,

    /// <summary><see cref="Commands.MassCancel"/>.</summary>
    MassCancel = 4,

    /// <summary><see cref="Commands.SetPhase"/>.</summary>
    SetPhase = 5,

    /// <summary><see cref="Commands.AdvanceTime"/>.</summary>
    AdvanceTime = 6,

    /// <summary><see cref="Commands.SetSelfTradePrevention"/>.</summary>
    SetSelfTradePrevention = 7,

    /// <summary><see cref="Commands.AccountCommand"/>: funding, holdings, transfers, distributions and fees.</summary>
    Account = 8,

    /// <summary><see cref="Journaling.ListInstrument"/>: an instrument listed, with its whole specification.</summary>
    ListInstrument = 16,
}
