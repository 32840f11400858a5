using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Feeds a journal to an engine, command by command in sequence order: the second half of recovery (the first is
/// loading the newest snapshot, whose sequence gives <c>fromSequence</c>). The engine being deterministic, the same
/// engine options and the same records give the same events and the same <c>StateHash()</c> as the live run.
/// </summary>
public static class JournalReplayer
{
    /// <summary>
    /// Applies every record from <paramref name="fromSequence"/> (zero or less: from the first) to the end of the
    /// journal, or to a torn tail, which it stops before and reports in the result (and to
    /// <paramref name="onWarning"/>). A second thread reads and checks the journal a batch ahead
    /// (<see cref="JournalReadAhead"/>); this one decodes each record into a struct on the stack and applies it: no
    /// allocation per command (listings allocate their specification).
    /// </summary>
    /// <exception cref="JournalCorruptedException">
    /// The journal is corrupted (not at its tail), or starts after <paramref name="fromSequence"/>. The engine has
    /// then applied the records before the damage and must be discarded.
    /// </exception>
    // Runs once per start over millions of items: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JournalReplayResult Replay<THandler>(string directory, MatchingEngine<THandler> engine, long fromSequence = 0, Action<JournalWarning>? onWarning = null)
        where THandler : IEngineEventHandler
    {
        ArgumentNullException.ThrowIfNull(engine);
        using var readAhead = new JournalReadAhead(directory, fromSequence);
        long count = 0;
        while (true)
        {
            ref readonly var batch = ref readAhead.Take();
            var bytes = new ReadOnlySpan<byte>(batch.Bytes, 0, batch.Length);
            while (!bytes.IsEmpty)
            {
                int size = BinaryPrimitives.ReadInt32LittleEndian(bytes);
                var type = (JournalRecordType)BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]);
                Apply(engine, type, bytes.Slice(JournalReadAhead.RecordHeader, size));
                bytes = bytes[(JournalReadAhead.RecordHeader + size)..];
                count++;
            }
            if (!batch.IsLast)
            {
                readAhead.Release();
                continue;
            }
            // Every record before the problem is applied; now report it as a one-thread reader would.
            batch.Failure?.Throw();
            if (batch.Warning is { } warning) onWarning?.Invoke(warning);
            return new JournalReplayResult(count, count == 0 ? 0 : batch.LastSequence, batch.Warning);
        }
    }

    /// <summary>Decodes one record's payload and hands the command to the engine.</summary>
    // Runs once per start over millions of items: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply<THandler>(MatchingEngine<THandler> engine, JournalRecordType type, ReadOnlySpan<byte> payload)
        where THandler : IEngineEventHandler
    {
        switch (type)
        {
            case JournalRecordType.PlaceOrder:
                var place = CommandCodec.ReadPlaceOrder(payload);
                engine.Place(in place);
                break;
            case JournalRecordType.CancelOrder:
                var cancel = CommandCodec.ReadCancelOrder(payload);
                engine.Cancel(in cancel);
                break;
            case JournalRecordType.AmendOrder:
                var amend = CommandCodec.ReadAmendOrder(payload);
                engine.Amend(in amend);
                break;
            case JournalRecordType.MassCancel:
                var massCancel = CommandCodec.ReadMassCancel(payload);
                engine.MassCancel(in massCancel);
                break;
            case JournalRecordType.SetPhase:
                var setPhase = CommandCodec.ReadSetPhase(payload);
                engine.SetPhase(in setPhase);
                break;
            case JournalRecordType.AdvanceTime:
                var advance = CommandCodec.ReadAdvanceTime(payload);
                engine.AdvanceTime(in advance);
                break;
            case JournalRecordType.SetSelfTradePrevention:
                var selfTrade = CommandCodec.ReadSetSelfTradePrevention(payload);
                engine.SetSelfTradePrevention(in selfTrade);
                break;
            case JournalRecordType.Account:
                var account = CommandCodec.ReadAccount(payload);
                engine.ApplyAccount(in account);
                break;
            case JournalRecordType.ListInstrument:
                // A listing the live engine refused (a bad specification throws there) should not have been
                // journaled; if it was, replay refuses it the same way.
                var listing = CommandCodec.ReadListInstrument(payload);
                engine.AddInstrument(listing.Spec, listing.Time);
                break;
            default:
                // The scanner only returns record types this build reads, so this is a bug.
                throw new InvalidOperationException($"record type {type} has no replay");
        }
    }
}
