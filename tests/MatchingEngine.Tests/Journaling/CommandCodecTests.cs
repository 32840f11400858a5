using System.Buffers.Binary;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Tests.Oracle;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>Every command type and field survives encoding; the layouts are the documented ones, byte for byte.</summary>
public sealed class CommandCodecTests
{
    /// <summary>Distinct, large values in every field (so a field written to the wrong offset shows), out-of-range enums included.</summary>
    public static TheoryData<object> Commands => new()
    {
        new PlaceOrder(0x0102030405060708, 0x11223344, 0x00556677, 0x000000FF_EEDDCCBB, Side.Sell, OrderType.StopLimit, TimeInForce.GoodTillDate, 0x7FFF_0000_0000_0001, 0x0000_1234_5678_9ABC)
        {
            StopPrice = -2, DisplayQuantity = 0x0BAD_F00D, ExpireTime = long.MaxValue, Flags = OrderFlags.PostOnly | OrderFlags.RepriceIfTaking,
        },
        new PlaceOrder(-1, -2, -3, -4, (Side)7, (OrderType)9, (TimeInForce)12, long.MinValue, -5) { Flags = (OrderFlags)0xFF },
        new PlaceOrder(1, 1, 1, 1, Side.Buy, OrderType.Limit, TimeInForce.Day, 100, 5),
        new CancelOrder(0x0102030405060708, int.MaxValue, int.MinValue, 0x000000FF_EEDDCCBB),
        new AmendOrder(0x0102030405060708, 7, 8, 0x000000FF_EEDDCCBB, -123456789, 987654321),
        new MassCancel(0x0102030405060708, 0, 0x00556677),
        new SetPhase(0x0102030405060708, 0x11223344, TradingPhase.CallUncross),
        new SetPhase(3, 1, (TradingPhase)200),
        new AdvanceTime(long.MinValue),
        new AdvanceTime(0x0102030405060708),
        new SetSelfTradePrevention(0x0102030405060708, 0x00556677, SelfTradePrevention.Decrement),
        new SetSelfTradePrevention(1, 2, (SelfTradePrevention)9),
        new AccountCommand(0x0102030405060708, AccountAction.TransferHoldings, 0x00556677, 0x11223344, 0x00112233, CurrencyCode.Pack("EUR"), long.MinValue, ParticipantCategory.MarketMaker, long.MaxValue),
        new AccountCommand(-1, (AccountAction)200, -2, -3, -4, -5, -6, (ParticipantCategory)99, -7),
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void WriteThenRead_EveryCommand_Equal(object command)
    {
        var payload = new byte[128];
        int length = Encode(command, payload);
        var type = TypeOf(command);
        Assert.Equal(CommandCodec.FixedPayloadLength(type), length);
        Assert.True(CommandCodec.IsWellFormed(type, payload.AsSpan(0, length)));
        Assert.Equal(command, CommandCodec.Decode(type, payload.AsSpan(0, length)));
    }

    [Fact]
    public void WriteThenRead_RandomStream_EveryCommandEqual()
    {
        var payload = new byte[128];
        foreach (var command in JournalTestData.RandomCommands(11, 3_000))
        {
            int length = Encode(command, payload);
            Assert.Equal(command, CommandCodec.Decode(TypeOf(command), payload.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Write_PlaceOrder_LayoutIsTheDocumentedOne()
    {
        var command = new PlaceOrder(0x0102030405060708, 0x11223344, 0x00556677, 0x000000FF_EEDDCCBB, Side.Sell, OrderType.StopLimit, TimeInForce.GoodTillDate, 9, 10)
        {
            StopPrice = 11, DisplayQuantity = 12, ExpireTime = 13, Flags = OrderFlags.PostOnly,
        };
        var p = new byte[CommandCodec.PlaceOrderLength];
        CommandCodec.Write(in command, p);
        byte[] expected =
        [
            0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01, // 0  time, little-endian
            0x44, 0x33, 0x22, 0x11,                         // 8  instrument
            0x77, 0x66, 0x55, 0x00,                         // 12 participant
            0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 0, 0, 0,          // 16 client order id
            9, 0, 0, 0, 0, 0, 0, 0,                         // 24 price
            10, 0, 0, 0, 0, 0, 0, 0,                        // 32 quantity
            11, 0, 0, 0, 0, 0, 0, 0,                        // 40 stop price
            12, 0, 0, 0, 0, 0, 0, 0,                        // 48 display quantity
            13, 0, 0, 0, 0, 0, 0, 0,                        // 56 expire time
            2,                                              // 64 side: sell
            4,                                              // 65 type: stop-limit
            3,                                              // 66 time in force: good till date
            1,                                              // 67 flags: post-only
        ];
        Assert.Equal(expected, p);
    }

    [Fact]
    public void Write_Account_LayoutIsTheDocumentedOne()
    {
        var command = new AccountCommand(5, AccountAction.DepositHoldings, 0x0A0B0C0D, 7, 8, CurrencyCode.Pack("EUR"), 9, ParticipantCategory.Issuer, 10);
        var p = new byte[CommandCodec.AccountLength];
        CommandCodec.Write(in command, p);
        byte[] expected =
        [
            5, 0, 0, 0, 0, 0, 0, 0,       // 0  time
            0x0D, 0x0C, 0x0B, 0x0A,       // 8  participant
            7, 0, 0, 0,                   // 12 instrument
            8, 0, 0, 0,                   // 16 counterparty
            9, 0, 0, 0, 0, 0, 0, 0,       // 20 amount
            4,                            // 28 action: deposit holdings
            4,                            // 29 category: issuer
            (byte)'R', (byte)'U', (byte)'E', 0, // 30 currency "EUR" packed, little-endian
            10, 0, 0, 0, 0, 0, 0, 0,      // 34 price
        ];
        Assert.Equal(expected, p);
    }

    [Fact]
    public void Write_SmallCommands_LayoutsAreTheDocumentedOnes()
    {
        var p = new byte[16];
        var phase = new SetPhase(5, 0x0A0B0C0D, TradingPhase.Halted);
        CommandCodec.Write(in phase, p);
        Assert.Equal(new byte[] { 5, 0, 0, 0, 0, 0, 0, 0, 0x0D, 0x0C, 0x0B, 0x0A, 8 }, p[..13]);
        var mode = new SetSelfTradePrevention(5, 0x0A0B0C0D, SelfTradePrevention.CancelBoth);
        CommandCodec.Write(in mode, p);
        Assert.Equal(new byte[] { 5, 0, 0, 0, 0, 0, 0, 0, 0x0D, 0x0C, 0x0B, 0x0A, 3 }, p[..13]);
        var mass = new MassCancel(5, 6, 7);
        CommandCodec.Write(in mass, p);
        Assert.Equal(new byte[] { 5, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 7, 0, 0, 0 }, p);
    }

    [Fact]
    public void WriteThenRead_ListingWithEveryField_Equal()
    {
        var spec = new InstrumentSpec
        {
            Id = 4321,
            Symbol = "SOCIALE-Ä", // non-ASCII: the symbol is UTF-8
            Kind = InstrumentKind.Bond,
            Currency = "CHF",
            PriceScale = 3,
            LiquidityBand = 5,
            TickTable = new TickSizeTable([new TickSizeRow(0, 1), new TickSizeRow(1000, 5), new TickSizeRow(10_000, 50)]),
            LotSize = 1000,
            MinimumOrderNotional = 77,
            ReferencePrice = 99_500,
            PriceBandBps = 1234,
            TradingModel = TradingModelKind.PeriodicAuctions,
            Schedule = new TradingSchedule { OpenCallStart = 100, UncrossTimes = [2_000, 5_000, 7_000], ClosingAuction = 9_000, DayEnd = 9_500 },
            PriceControls = new PriceControls
            {
                StaticOrderCollarBps = 1, StaticTradeCollarBps = 2, DynamicTradeCollarBps = 3,
                VolatilityAuctionDuration = 4, VolatilityAuctionMaxRandomExtension = 5,
            },
        };
        var decoded = RoundTrip(new ListInstrument(0x0102030405060708, spec));
        Assert.Equal(0x0102030405060708, decoded.Time);
        AssertSameSpec(spec, decoded.Spec);
    }

    [Fact]
    public void WriteThenRead_ListingWithDefaults_KeepsRts11TableImplicit()
    {
        var spec = OracleInstruments.First with { TickTable = null, LiquidityBand = 3, Schedule = TradingSchedule.ContinuousDay };
        var decoded = RoundTrip(new ListInstrument(0, spec)).Spec;
        Assert.Null(decoded.TickTable);
        AssertSameSpec(spec, decoded);
        var batch = new InstrumentSpec
        {
            Id = 4, Symbol = "FBA", ReferencePrice = 100, PriceScale = 0, TickTable = TickSizeTable.Uniform(1),
            TradingModel = TradingModelKind.FrequentBatchAuctions,
            Schedule = new TradingSchedule { OpenCallStart = 100, BatchInterval = 700, ClosingAuction = 9_000, DayEnd = 9_500 },
        };
        AssertSameSpec(batch, RoundTrip(new ListInstrument(0, batch)).Spec);
    }

    [Fact]
    public void IsWellFormed_WrongLengths_False()
    {
        Assert.False(CommandCodec.IsWellFormed(JournalRecordType.PlaceOrder, new byte[CommandCodec.PlaceOrderLength - 1]));
        Assert.False(CommandCodec.IsWellFormed(JournalRecordType.AdvanceTime, new byte[9]));
        Assert.False(CommandCodec.IsWellFormed(JournalRecordType.None, new byte[8]));
        Assert.False(CommandCodec.IsWellFormed((JournalRecordType)99, new byte[8]));
        var listing = new byte[InstrumentSpecCodec.FixedLength + 3];
        BinaryPrimitives.WriteUInt16LittleEndian(listing.AsSpan(148), 4); // says 4 symbol bytes, has 3
        Assert.False(CommandCodec.IsWellFormed(JournalRecordType.ListInstrument, listing));
    }

    [Fact]
    public void RecordTypeOf_NotACommand_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => CommandCodec.RecordTypeOf<int>());
        Assert.Contains("Int32", e.Message);
    }

    private static ListInstrument RoundTrip(ListInstrument listing)
    {
        var payload = new byte[CommandCodec.PayloadLength(in listing)];
        Assert.Equal(payload.Length, CommandCodec.Encode(in listing, payload));
        Assert.True(CommandCodec.IsWellFormed(JournalRecordType.ListInstrument, payload));
        return CommandCodec.ReadListInstrument(payload);
    }

    private static void AssertSameSpec(InstrumentSpec expected, InstrumentSpec actual)
    {
        // Records compare the tick table and uncross list by reference, so compare their contents.
        Assert.Equal(expected with { TickTable = null, Schedule = TradingSchedule.None }, actual with { TickTable = null, Schedule = TradingSchedule.None });
        Assert.Equal(expected.TickTable?.Rows.ToArray(), actual.TickTable?.Rows.ToArray());
        Assert.Equal(expected.Schedule with { UncrossTimes = [] }, actual.Schedule with { UncrossTimes = [] });
        Assert.Equal(expected.Schedule.UncrossTimes, actual.Schedule.UncrossTimes);
    }

    private static int Encode(object command, Span<byte> payload) => command switch
    {
        PlaceOrder c => CommandCodec.Encode(in c, payload),
        CancelOrder c => CommandCodec.Encode(in c, payload),
        AmendOrder c => CommandCodec.Encode(in c, payload),
        MassCancel c => CommandCodec.Encode(in c, payload),
        SetPhase c => CommandCodec.Encode(in c, payload),
        AdvanceTime c => CommandCodec.Encode(in c, payload),
        SetSelfTradePrevention c => CommandCodec.Encode(in c, payload),
        AccountCommand c => CommandCodec.Encode(in c, payload),
        _ => throw new ArgumentException($"not a command: {command}"),
    };

    private static JournalRecordType TypeOf(object command) => command switch
    {
        PlaceOrder => CommandCodec.RecordTypeOf<PlaceOrder>(),
        CancelOrder => CommandCodec.RecordTypeOf<CancelOrder>(),
        AmendOrder => CommandCodec.RecordTypeOf<AmendOrder>(),
        MassCancel => CommandCodec.RecordTypeOf<MassCancel>(),
        SetPhase => CommandCodec.RecordTypeOf<SetPhase>(),
        AdvanceTime => CommandCodec.RecordTypeOf<AdvanceTime>(),
        SetSelfTradePrevention => CommandCodec.RecordTypeOf<SetSelfTradePrevention>(),
        AccountCommand => CommandCodec.RecordTypeOf<AccountCommand>(),
        _ => throw new ArgumentException($"not a command: {command}"),
    };
}
