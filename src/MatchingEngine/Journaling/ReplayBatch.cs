using System.Runtime.ExceptionServices;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// One slot of <see cref="JournalReadAhead"/>'s ring: records the reading thread has read and checked, copied out
/// of the journal for the applying thread. The byte array is allocated once per slot and refilled on every lap.
/// </summary>
/// <remarks>
/// Each record in <see cref="Bytes"/>, one after another from offset 0 to <see cref="Length"/>:
/// <code>
///  0       4       8
///  +-------+-------+----------------------+
///  | size  | type  | payload (size bytes) |   size: int32, type: int32 (JournalRecordType), both little-endian
///  +-------+-------+----------------------+
/// </code>
/// Sequences are not stored per record: the scanner has checked that they are continuous, so the batch carries
/// only its last one (<see cref="LastSequence"/>).
/// </remarks>
internal struct ReplayBatch
{
    /// <summary>The records, laid out as the remarks show.</summary>
    public byte[] Bytes;

    /// <summary>Bytes of <see cref="Bytes"/> in use.</summary>
    public int Length;

    /// <summary>Sequence of the last record in the batch; the previous batch's when the batch is empty.</summary>
    public long LastSequence;

    /// <summary>Whether reading has ended: no batch follows this one.</summary>
    public bool IsLast;

    /// <summary>On the last batch: the torn-tail warning reading stopped at, if any.</summary>
    public JournalWarning? Warning;

    /// <summary>On the last batch: what stopped reading early (corruption, an I/O error), to rethrow once the records before it are applied.</summary>
    public ExceptionDispatchInfo? Failure;
}
