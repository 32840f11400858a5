using System.Buffers.Binary;
using System.Text;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// The payload of a <see cref="JournalRecordType.ListInstrument"/> record: every field of an
/// <see cref="InstrumentSpec"/>, its explicit tick table rows and its schedule, so a replay lists exactly the
/// instrument the live run listed. A fixed part, then the variable arrays and strings.
/// </summary>
/// <remarks>
/// <code>
///  0                 8        12       16       20   21   22   23   24
///  +-----------------+--------+--------+--------+----+----+----+----+
///  | time       i64  | id i32 | price  | liq.   |kind|mdl |flg | 0  |   flg bit 0: explicit tick table, bit 1: account rules
///  |                 |        | scale  | band   | u8 | u8 | u8 |    |
///  +-----------------+--------+--------+--------+----+----+----+----+
///  24 lot size | 32 minimum order notional | 40 reference price | 48 price band bps       (i64 each)
///  56 static order collar bps | 64 static trade collar bps | 72 dynamic trade collar bps
///  80 volatility auction duration | 88 volatility auction max random extension
///  96 open call start | 104 opening auction | 112 closing call start | 120 closing auction
///  128 day end | 136 batch interval
///  144                146                 148                150                152
///  +------------------+-------------------+------------------+------------------+
///  | tick rows u16    | uncross times u16 | symbol bytes u16 | currency bytes u16|
///  +------------------+-------------------+------------------+------------------+
///  152: account rules (only with flg bit 1; absent means the defaults):
///       eligible categories i64 | maker fee bps i64 | taker fee bps i64 | settlement delay i64 | dividend cap i64
///       tick rows     (from price i64, tick i64) x rows
///       uncross times i64 x count
///       symbol        UTF-8
///       currency      UTF-8
/// </code>
/// </remarks>
internal static class InstrumentSpecCodec
{
    /// <summary>Bytes before the variable part.</summary>
    public const int FixedLength = 152;

    private const byte ExplicitTickTable = 1;
    private const byte HasAccountRules = 2;

    /// <summary>Bytes of the account-rules block.</summary>
    private const int AccountRulesLength = 40;

    private static int AccountRulesBytes(InstrumentSpec spec) => spec.AccountRules == AccountRules.Default ? 0 : AccountRulesLength;

    /// <summary>Payload bytes for <paramref name="spec"/>; above <see cref="JournalRecordLayout.MaxPayloadLength"/> it cannot be journaled.</summary>
    public static int EncodedLength(InstrumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        long length = FixedLength + AccountRulesBytes(spec)
            + 16L * (spec.TickTable?.Rows.Count() ?? 0)
            + 8L * spec.Schedule.UncrossTimes.Count
            + Encoding.UTF8.GetByteCount(spec.Symbol ?? "")
            + Encoding.UTF8.GetByteCount(spec.Currency ?? "");
        return (int)Math.Min(length, int.MaxValue);
    }

    /// <summary>Writes the payload and returns its length (<see cref="EncodedLength"/>).</summary>
    public static int Write(InstrumentSpec spec, long time, Span<byte> p)
    {
        var rows = spec.TickTable?.Rows.ToArray() ?? [];
        var uncross = spec.Schedule.UncrossTimes;
        string symbol = spec.Symbol ?? "";
        string currency = spec.Currency ?? "";
        int symbolBytes = Encoding.UTF8.GetByteCount(symbol);
        int currencyBytes = Encoding.UTF8.GetByteCount(currency);
        if (rows.Length > ushort.MaxValue || uncross.Count > ushort.MaxValue || symbolBytes > ushort.MaxValue || currencyBytes > ushort.MaxValue)
            throw new ArgumentException($"instrument {spec.Id} has too many tick rows, uncross times or symbol bytes to journal", nameof(spec));

        BinaryPrimitives.WriteInt64LittleEndian(p, time);
        BinaryPrimitives.WriteInt32LittleEndian(p[8..], spec.Id);
        BinaryPrimitives.WriteInt32LittleEndian(p[12..], spec.PriceScale);
        BinaryPrimitives.WriteInt32LittleEndian(p[16..], spec.LiquidityBand);
        p[20] = (byte)spec.Kind;
        p[21] = (byte)spec.TradingModel;
        p[22] = (byte)((spec.TickTable is null ? 0 : ExplicitTickTable) | (AccountRulesBytes(spec) > 0 ? HasAccountRules : 0));
        p[23] = 0;
        var controls = spec.PriceControls;
        var schedule = spec.Schedule;
        ReadOnlySpan<long> longs =
        [
            spec.LotSize, spec.MinimumOrderNotional, spec.ReferencePrice, spec.PriceBandBps,
            controls.StaticOrderCollarBps, controls.StaticTradeCollarBps, controls.DynamicTradeCollarBps,
            controls.VolatilityAuctionDuration, controls.VolatilityAuctionMaxRandomExtension,
            schedule.OpenCallStart, schedule.OpeningAuction, schedule.ClosingCallStart, schedule.ClosingAuction,
            schedule.DayEnd, schedule.BatchInterval,
        ];
        for (int i = 0; i < longs.Length; i++) BinaryPrimitives.WriteInt64LittleEndian(p[(24 + 8 * i)..], longs[i]);
        BinaryPrimitives.WriteUInt16LittleEndian(p[144..], (ushort)rows.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(p[146..], (ushort)uncross.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(p[148..], (ushort)symbolBytes);
        BinaryPrimitives.WriteUInt16LittleEndian(p[150..], (ushort)currencyBytes);
        int at = FixedLength;
        if (AccountRulesBytes(spec) > 0)
        {
            var rules = spec.AccountRules;
            ReadOnlySpan<long> fields = [(long)rules.EligibleCategories, rules.MakerFeeBps, rules.TakerFeeBps, rules.SettlementDelay, rules.DividendCapPerUnit];
            foreach (long field in fields)
            {
                BinaryPrimitives.WriteInt64LittleEndian(p[at..], field);
                at += 8;
            }
        }
        foreach (var row in rows)
        {
            BinaryPrimitives.WriteInt64LittleEndian(p[at..], row.FromPrice);
            BinaryPrimitives.WriteInt64LittleEndian(p[(at + 8)..], row.Tick);
            at += 16;
        }
        foreach (long t in uncross)
        {
            BinaryPrimitives.WriteInt64LittleEndian(p[at..], t);
            at += 8;
        }
        at += Encoding.UTF8.GetBytes(symbol, p[at..]);
        at += Encoding.UTF8.GetBytes(currency, p[at..]);
        return at;
    }

    /// <summary>True when the counts in the fixed part add up to the payload's length.</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> p) =>
        p.Length >= FixedLength && p.Length == FixedLength
            + ((p[22] & HasAccountRules) != 0 ? AccountRulesLength : 0)
            + 16 * BinaryPrimitives.ReadUInt16LittleEndian(p[144..])
            + 8 * BinaryPrimitives.ReadUInt16LittleEndian(p[146..])
            + BinaryPrimitives.ReadUInt16LittleEndian(p[148..])
            + BinaryPrimitives.ReadUInt16LittleEndian(p[150..]);

    public static ListInstrument Read(ReadOnlySpan<byte> p)
    {
        if (!IsWellFormed(p)) throw new ArgumentException("not a well-formed listing payload", nameof(p));
        Span<long> longs = stackalloc long[15];
        for (int i = 0; i < longs.Length; i++) longs[i] = BinaryPrimitives.ReadInt64LittleEndian(p[(24 + 8 * i)..]);
        int rowCount = BinaryPrimitives.ReadUInt16LittleEndian(p[144..]);
        int uncrossCount = BinaryPrimitives.ReadUInt16LittleEndian(p[146..]);
        int symbolBytes = BinaryPrimitives.ReadUInt16LittleEndian(p[148..]);
        int currencyBytes = BinaryPrimitives.ReadUInt16LittleEndian(p[150..]);
        int at = FixedLength;
        var accountRules = AccountRules.Default;
        if ((p[22] & HasAccountRules) != 0)
        {
            accountRules = new AccountRules
            {
                EligibleCategories = (ParticipantCategories)BinaryPrimitives.ReadInt64LittleEndian(p[at..]),
                MakerFeeBps = BinaryPrimitives.ReadInt64LittleEndian(p[(at + 8)..]),
                TakerFeeBps = BinaryPrimitives.ReadInt64LittleEndian(p[(at + 16)..]),
                SettlementDelay = BinaryPrimitives.ReadInt64LittleEndian(p[(at + 24)..]),
                DividendCapPerUnit = BinaryPrimitives.ReadInt64LittleEndian(p[(at + 32)..]),
            };
            at += AccountRulesLength;
        }
        var rows = new TickSizeRow[rowCount];
        for (int i = 0; i < rowCount; i++, at += 16)
            rows[i] = new TickSizeRow(BinaryPrimitives.ReadInt64LittleEndian(p[at..]), BinaryPrimitives.ReadInt64LittleEndian(p[(at + 8)..]));
        var uncross = new long[uncrossCount];
        for (int i = 0; i < uncrossCount; i++, at += 8) uncross[i] = BinaryPrimitives.ReadInt64LittleEndian(p[at..]);
        string symbol = Encoding.UTF8.GetString(p.Slice(at, symbolBytes));
        string currency = Encoding.UTF8.GetString(p.Slice(at + symbolBytes, currencyBytes));
        var spec = new InstrumentSpec
        {
            Id = BinaryPrimitives.ReadInt32LittleEndian(p[8..]),
            Symbol = symbol,
            Currency = currency,
            PriceScale = BinaryPrimitives.ReadInt32LittleEndian(p[12..]),
            LiquidityBand = BinaryPrimitives.ReadInt32LittleEndian(p[16..]),
            Kind = (InstrumentKind)p[20],
            TradingModel = (TradingModelKind)p[21],
            TickTable = (p[22] & ExplicitTickTable) != 0 ? new TickSizeTable(rows) : null,
            LotSize = longs[0],
            MinimumOrderNotional = longs[1],
            ReferencePrice = longs[2],
            PriceBandBps = longs[3],
            PriceControls = new PriceControls
            {
                StaticOrderCollarBps = longs[4],
                StaticTradeCollarBps = longs[5],
                DynamicTradeCollarBps = longs[6],
                VolatilityAuctionDuration = longs[7],
                VolatilityAuctionMaxRandomExtension = longs[8],
            },
            Schedule = new TradingSchedule
            {
                OpenCallStart = longs[9],
                OpeningAuction = longs[10],
                ClosingCallStart = longs[11],
                ClosingAuction = longs[12],
                DayEnd = longs[13],
                BatchInterval = longs[14],
                UncrossTimes = uncross,
            },
            AccountRules = accountRules,
        };
        return new ListInstrument(BinaryPrimitives.ReadInt64LittleEndian(p), spec);
    }
}
