using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// The payloads of journal records: every engine command in a fixed little-endian layout (listings in the
/// variable layout of <see cref="InstrumentSpecCodec"/>). Fields are stored exactly as given, out-of-range enum
/// values included: the engine rejects bad input deterministically, so the journal must reproduce the bad input too.
/// </summary>
/// <remarks>
/// Offsets in bytes; i64/i32 are little-endian two's complement, u8 enums are the enum's byte value.
/// <code>
/// PlaceOrder (68 bytes)
///  0                 8        12       16                24                32
///  +-----------------+--------+--------+-----------------+-----------------+
///  | time       i64  | instr  | partic.| client order id | price      i64  |
///  |                 |  i32   |  i32   |      i64        |                 |
///  +-----------------+--------+--------+-----------------+-----------------+
///  32                40                48                56                64   65   66   67   68
///  +-----------------+-----------------+-----------------+-----------------+----+----+----+----+
///  | quantity   i64  | stop price i64  | display qty i64 | expire time i64 |side|type|tif |flag|
///  +-----------------+-----------------+-----------------+-----------------+----+----+----+----+
///
/// CancelOrder (24 bytes)                      AmendOrder (40 bytes)
///  0        8      12     16        24         0        8      12     16        24       32        40
///  +--------+------+------+---------+          +--------+------+------+---------+--------+---------+
///  | time   |instr |partic| client  |          | time   |instr |partic| client  | new    | new     |
///  |  i64   | i32  | i32  | id i64  |          |  i64   | i32  | i32  | id i64  | price  | quantity|
///  +--------+------+------+---------+          +--------+------+------+---------+--------+---------+
///
/// Account (42 bytes)
///  0                 8        12       16       20                28   29   30        34                42
///  +-----------------+--------+--------+--------+-----------------+----+----+---------+-----------------+
///  | time       i64  | partic.| instr  | counter| amount     i64  |act |cat | currency| price      i64  |
///  |                 |  i32   |  i32   | party  |                 | u8 | u8 | i32     |                 |
///  +-----------------+--------+--------+--------+-----------------+----+----+---------+-----------------+
///
/// MassCancel (16 bytes)      SetPhase (13 bytes)          SetSelfTradePrevention (13 bytes)   AdvanceTime (8 bytes)
///  0        8      12     16  0        8      12     13    0        8      12     13            0        8
///  +--------+------+------+   +--------+------+------+     +--------+------+------+            +--------+
///  | time   |instr |partic|   | time   |instr |phase |     | time   |partic| mode |            | time   |
///  |  i64   | i32  | i32  |   |  i64   | i32  |  u8  |     |  i64   | i32  |  u8  |            |  i64   |
///  +--------+------+------+   +--------+------+------+     +--------+------+------+            +--------+
/// </code>
/// </remarks>
public static class CommandCodec
{
    public const int PlaceOrderLength = 68;
    public const int CancelOrderLength = 24;
    public const int AmendOrderLength = 40;
    public const int MassCancelLength = 16;
    public const int SetPhaseLength = 13;
    public const int AdvanceTimeLength = 8;
    public const int SetSelfTradePreventionLength = 13;
    public const int AccountLength = 42;

    /// <summary>The record type of a command type. A type that is not a command is a programming error.</summary>
    /// <remarks>The <c>typeof</c> tests fold away when the JIT specialises for a struct, so this costs nothing.</remarks>
    public static JournalRecordType RecordTypeOf<TCommand>() where TCommand : struct
    {
        if (typeof(TCommand) == typeof(PlaceOrder)) return JournalRecordType.PlaceOrder;
        if (typeof(TCommand) == typeof(CancelOrder)) return JournalRecordType.CancelOrder;
        if (typeof(TCommand) == typeof(AmendOrder)) return JournalRecordType.AmendOrder;
        if (typeof(TCommand) == typeof(MassCancel)) return JournalRecordType.MassCancel;
        if (typeof(TCommand) == typeof(SetPhase)) return JournalRecordType.SetPhase;
        if (typeof(TCommand) == typeof(AdvanceTime)) return JournalRecordType.AdvanceTime;
        if (typeof(TCommand) == typeof(SetSelfTradePrevention)) return JournalRecordType.SetSelfTradePrevention;
        if (typeof(TCommand) == typeof(AccountCommand)) return JournalRecordType.Account;
        if (typeof(TCommand) == typeof(ListInstrument)) return JournalRecordType.ListInstrument;
        throw NotACommand(typeof(TCommand));
    }

    /// <summary>Bytes the payload of <paramref name="command"/> takes.</summary>
    public static int PayloadLength<TCommand>(in TCommand command) where TCommand : struct
    {
        if (typeof(TCommand) == typeof(ListInstrument))
            return InstrumentSpecCodec.EncodedLength(As<TCommand, ListInstrument>(in command).Spec);
        return FixedPayloadLength(RecordTypeOf<TCommand>());
    }

    /// <summary>The payload length of a fixed-layout record type; -1 for variable or unknown types.</summary>
    public static int FixedPayloadLength(JournalRecordType type) => type switch
    {
        JournalRecordType.PlaceOrder => PlaceOrderLength,
        JournalRecordType.CancelOrder => CancelOrderLength,
        JournalRecordType.AmendOrder => AmendOrderLength,
        JournalRecordType.MassCancel => MassCancelLength,
        JournalRecordType.SetPhase => SetPhaseLength,
        JournalRecordType.AdvanceTime => AdvanceTimeLength,
        JournalRecordType.SetSelfTradePrevention => SetSelfTradePreventionLength,
        JournalRecordType.Account => AccountLength,
        _ => -1,
    };

    /// <summary>
    /// Writes the payload of <paramref name="command"/> at the start of <paramref name="payload"/> (which must hold
    /// <see cref="PayloadLength{TCommand}"/> bytes) and returns its length. Allocation-free for every command.
    /// </summary>
    public static int Encode<TCommand>(in TCommand command, Span<byte> payload) where TCommand : struct
    {
        if (typeof(TCommand) == typeof(PlaceOrder)) { Write(in As<TCommand, PlaceOrder>(in command), payload); return PlaceOrderLength; }
        if (typeof(TCommand) == typeof(CancelOrder)) { Write(in As<TCommand, CancelOrder>(in command), payload); return CancelOrderLength; }
        if (typeof(TCommand) == typeof(AmendOrder)) { Write(in As<TCommand, AmendOrder>(in command), payload); return AmendOrderLength; }
        if (typeof(TCommand) == typeof(MassCancel)) { Write(in As<TCommand, MassCancel>(in command), payload); return MassCancelLength; }
        if (typeof(TCommand) == typeof(SetPhase)) { Write(in As<TCommand, SetPhase>(in command), payload); return SetPhaseLength; }
        if (typeof(TCommand) == typeof(AdvanceTime)) { Write(in As<TCommand, AdvanceTime>(in command), payload); return AdvanceTimeLength; }
        if (typeof(TCommand) == typeof(SetSelfTradePrevention)) { Write(in As<TCommand, SetSelfTradePrevention>(in command), payload); return SetSelfTradePreventionLength; }
        if (typeof(TCommand) == typeof(AccountCommand)) { Write(in As<TCommand, AccountCommand>(in command), payload); return AccountLength; }
        if (typeof(TCommand) == typeof(ListInstrument))
        {
            ref readonly var listing = ref As<TCommand, ListInstrument>(in command);
            return InstrumentSpecCodec.Write(listing.Spec, listing.Time, payload);
        }
        throw NotACommand(typeof(TCommand));
    }

    public static void Write(in PlaceOrder c, Span<byte> p)
    {
        p = p[..PlaceOrderLength]; // one bounds check for the whole layout
        BinaryPrimitives.WriteInt64LittleEndian(p, c.Time);
        BinaryPrimitives.WriteInt32LittleEndian(p[8..], c.Instrument);
        BinaryPrimitives.WriteInt32LittleEndian(p[12..], c.Participant);
        BinaryPrimitives.WriteInt64LittleEndian(p[16..], c.ClientOrderId);
        BinaryPrimitives.WriteInt64LittleEndian(p[24..], c.Price);
        BinaryPrimitives.WriteInt64LittleEndian(p[32..], c.Quantity);
        BinaryPrimitives.WriteInt64LittleEndian(p[40..], c.StopPrice);
        BinaryPrimitives.WriteInt64LittleEndian(p[48..], c.DisplayQuantity);
        BinaryPrimitives.WriteInt64LittleEndian(p[56..], c.ExpireTime);
        p[64] = (byte)c.Side;
        p[65] = (byte)c.Type;
        p[66] = (byte)c.TimeInForce;
        p[67] = (byte)c.Flags;
    }

    public static PlaceOrder ReadPlaceOrder(ReadOnlySpan<byte> p)
    {
        p = p[..PlaceOrderLength];
        return new PlaceOrder(
            BinaryPrimitives.ReadInt64LittleEndian(p),
            BinaryPrimitives.ReadInt32LittleEndian(p[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(p[12..]),
            BinaryPrimitives.ReadInt64LittleEndian(p[16..]),
            (Side)p[64],
            (OrderType)p[65],
            (TimeInForce)p[66],
            BinaryPrimitives.ReadInt64LittleEndian(p[24..]),
            BinaryPrimitives.ReadInt64LittleEndian(p[32..]))
        {
            StopPrice = BinaryPrimitives.ReadInt64LittleEndian(p[40..]),
            DisplayQuantity = BinaryPrimitives.ReadInt64LittleEndian(p[48..]),
            ExpireTime = BinaryPrimitives.ReadInt64LittleEndian(p[56..]),
            Flags = (OrderFlags)p[67],
        };
    }

    public static void Write(in CancelOrder c, Span<byte> p)
    {
        p = p[..CancelOrderLength];
        BinaryPrimitives.WriteInt64LittleEndian(p, c.Time);
        BinaryPrimitives.WriteInt32LittleEndian(p[8..], c.Instrument);
        BinaryPrimitives.WriteInt32LittleEndian(p[12..], c.Participant);
        BinaryPrimitives.WriteInt64LittleEndian(p[16..], c.ClientOrderId);
    }

    public static CancelOrder ReadCancelOrder(ReadOnlySpan<byte> p)
    {
        p = p[..CancelOrderLength];
        return new CancelOrder(
            BinaryPrimitives.ReadInt64LittleEndian(p),
            BinaryPrimitives.ReadInt32LittleEndian(p[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(p[12..]),
            BinaryPrimitives.ReadInt64LittleEndian(p[16..]));
    }

    public static void Write(in AmendOrder c, Span<byte> p)
    {
        p = p[..AmendOrderLength];
        BinaryPrimitives.WriteInt64LittleEndian(p, c.Time);
        BinaryPrimitives.WriteInt32LittleEndian(p[8..], c.Instrument);
        BinaryPrimitives.WriteInt32LittleEndian(p[12..], c.Participant);
        BinaryPrimitives.WriteInt64LittleEndian(p[16..], c.ClientOrderId);
        BinaryPrimitives.WriteInt64LittleEndian(p[24..], c.NewPrice);
        BinaryPrimitives.WriteInt64LittleEndian(p[32..], c.NewQuantity);
    }

    public static AmendOrder ReadAmendOrder(ReadOnlySpan<byte> p)
    {
        p = p[..AmendOrderLength];
        return new AmendOrder(
            BinaryPrimitives.ReadInt64LittleEndian(p),
            BinaryPrimitives.ReadInt32LittleEndian(p[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(p[12..]),
            BinaryPrimitives.ReadInt64LittleEndian(p[16..]),
            BinaryPrimitives.ReadInt64LittleEndian(p[24..]),
            BinaryPrimitives.ReadInt64LittleEndian(p[32..]));
    }

    public static void Write(in MassCancel c, Span<byte> p)
    {
        p = p[..MassCancelLength];
        BinaryPrimitives.WriteInt64LittleEndian(p, c.Time);
        BinaryPrimitives.WriteInt32LittleEndian(p[8..], c.Instrument);
        BinaryPrimitives.WriteInt32LittleEndian(p[12..], c.Participant);
    }

    public static MassCancel ReadMassCancel(ReadOnlySpan<byte> p)
    {
        p = p[..MassCancelLength];
        return new MassCancel(
            BinaryPrimitives.ReadInt64LittleEndian(p),
            BinaryPrimitives.ReadInt32LittleEndian(p[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(p[12..]));
    }

    public static void Write(in SetPhase c, Span<byte> p)
    {
        p = p[..SetPhaseLength];
        BinaryPrimitives.WriteInt64LittleEndian(p, c.Time);
        BinaryPrimitives.WriteInt32LittleEndian(p[8..], c.Instrument);
        p[12] = (byte)c.Phase;
    }

    public static SetPhase ReadSetPhase(ReadOnlySpan<byte> p)
    {
        p = p[..SetPhaseLength];
        return new SetPhase(
            BinaryPrimitives.ReadInt64LittleEndian(p),
            BinaryPrimitives.ReadInt32LittleEndian(p[8..]),
            (TradingPhase)p[12]);
    }

    public static void Write(in AdvanceTime c, Span<byte> p) =>
        BinaryPrimitives.WriteInt64LittleEndian(p[..AdvanceTimeLength], c.Time);

    public static AdvanceTime ReadAdvanceTime(ReadOnlySpan<byte> p) =>
        new(BinaryPrimitives.ReadInt64LittleEndian(p[..AdvanceTimeLength]));

    public static void Write(in SetSelfTradePrevention c, Span<byte> p)
    {
        p = p[..SetSelfTradePreventionLength];
        BinaryPrimitives.WriteInt64LittleEndian(p, c.Time);
        BinaryPrimitives.WriteInt32LittleEndian(p[8..], c.Participant);
        p[12] = (byte)c.Mode;
    }

    public static SetSelfTradePrevention ReadSetSelfTradePrevention(ReadOnlySpan<byte> p)
    {
        p = p[..SetSelfTradePreventionLength];
        return new SetSelfTradePrevention(
            BinaryPrimitives.ReadInt64LittleEndian(p),
            BinaryPrimitives.ReadInt32LittleEndian(p[8..]),
            (SelfTradePrevention)p[12]);
    }

    public static void Write(in AccountCommand c, Span<byte> p)
    {
        p = p[..AccountLength];
        BinaryPrimitives.WriteInt64LittleEndian(p, c.Time);
        BinaryPrimitives.WriteInt32LittleEndian(p[8..], c.Participant);
        BinaryPrimitives.WriteInt32LittleEndian(p[12..], c.Instrument);
        BinaryPrimitives.WriteInt32LittleEndian(p[16..], c.Counterparty);
        BinaryPrimitives.WriteInt64LittleEndian(p[20..], c.Amount);
        p[28] = (byte)c.Action;
        p[29] = (byte)c.Category;
        BinaryPrimitives.WriteInt32LittleEndian(p[30..], c.Currency);
        BinaryPrimitives.WriteInt64LittleEndian(p[34..], c.Price);
    }

    public static AccountCommand ReadAccount(ReadOnlySpan<byte> p)
    {
        p = p[..AccountLength];
        return new AccountCommand(
            BinaryPrimitives.ReadInt64LittleEndian(p),
            (AccountAction)p[28],
            BinaryPrimitives.ReadInt32LittleEndian(p[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(p[12..]),
            BinaryPrimitives.ReadInt32LittleEndian(p[16..]),
            BinaryPrimitives.ReadInt32LittleEndian(p[30..]),
            BinaryPrimitives.ReadInt64LittleEndian(p[20..]),
            (ParticipantCategory)p[29],
            BinaryPrimitives.ReadInt64LittleEndian(p[34..]));
    }

    /// <summary>Decodes a listing record (allocates the specification: listings are rare).</summary>
    public static ListInstrument ReadListInstrument(ReadOnlySpan<byte> p) => InstrumentSpecCodec.Read(p);

    /// <summary>
    /// True when <paramref name="payload"/> has the shape its type needs: the fixed length of a command, or
    /// counts and lengths that add up for a listing. A record whose checksum is right but whose shape is wrong was
    /// written by a different format version or a bug, and is reported as such rather than decoded.
    /// </summary>
    public static bool IsWellFormed(JournalRecordType type, ReadOnlySpan<byte> payload) => type switch
    {
        JournalRecordType.ListInstrument => InstrumentSpecCodec.IsWellFormed(payload),
        _ => FixedPayloadLength(type) is var length && length >= 0 && payload.Length == length,
    };

    /// <summary>The command of a record, boxed: for tools and tests, not for replay (which decodes by type).</summary>
    public static object Decode(JournalRecordType type, ReadOnlySpan<byte> payload) => type switch
    {
        JournalRecordType.PlaceOrder => ReadPlaceOrder(payload),
        JournalRecordType.CancelOrder => ReadCancelOrder(payload),
        JournalRecordType.AmendOrder => ReadAmendOrder(payload),
        JournalRecordType.MassCancel => ReadMassCancel(payload),
        JournalRecordType.SetPhase => ReadSetPhase(payload),
        JournalRecordType.AdvanceTime => ReadAdvanceTime(payload),
        JournalRecordType.SetSelfTradePrevention => ReadSetSelfTradePrevention(payload),
        JournalRecordType.Account => ReadAccount(payload),
        JournalRecordType.ListInstrument => ReadListInstrument(payload),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a journal record type"),
    };

    /// <summary>Reinterprets a command already known (by a <c>typeof</c> test) to be a <typeparamref name="TTo"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref readonly TTo As<TFrom, TTo>(in TFrom value) where TFrom : struct where TTo : struct =>
        ref Unsafe.As<TFrom, TTo>(ref Unsafe.AsRef(in value));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArgumentException NotACommand(Type type) =>
        new($"{type.Name} is not a journaled command; journal one of the command structs of SocialExchange.Matching.Commands or ListInstrument", "TCommand");
}
