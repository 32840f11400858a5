using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Tests.Oracle;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>The dump prints every record readably and reports damage instead of throwing.</summary>
public sealed class JournalDumpTests
{
    [Fact]
    public void Write_EveryRecordType_OneReadableLineEach()
    {
        using var dir = new TempDirectory();
        object[] commands =
        [
            new ListInstrument(0, OracleInstruments.Second),
            new SetPhase(1, 2, TradingPhase.Continuous),
            new PlaceOrder(2, 2, 3, 44, Side.Buy, OrderType.Limit, TimeInForce.GoodTillDate, 1000, 50) { ExpireTime = 99, Flags = OrderFlags.PostOnly },
            new AmendOrder(3, 2, 3, 44, 995, 40),
            new CancelOrder(4, 2, 3, 44),
            new MassCancel(5, 0, 3),
            new SetSelfTradePrevention(6, 3, SelfTradePrevention.CancelBoth),
            new AdvanceTime(7),
        ];
        JournalTestData.Write(dir.Path, commands, new JournalWriterOptions { Durability = JournalDurability.Async });
        var output = new StringWriter();

        var result = JournalDump.Write(dir.Path, output);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("segment 00000000000000000001.journal", lines[0]);
        Assert.Matches(@"^\s+1 @24\s+ListInstrument\s+time=0 id=2 symbol=ORB .*ticks=0:1,1000:5 ", lines[1]);
        Assert.Matches(@"^\s+2 @\d+\s+SetPhase\s+time=1 instrument=2 phase=Continuous$", lines[2]);
        Assert.EndsWith("PlaceOrder              time=2 instrument=2 participant=3 clientOrderId=44 side=Buy type=Limit tif=GoodTillDate price=1000 quantity=50 stop=0 display=0 expire=99 flags=PostOnly", lines[3]);
        Assert.EndsWith("time=3 instrument=2 participant=3 clientOrderId=44 newPrice=995 newQuantity=40", lines[4]);
        Assert.EndsWith("CancelOrder             time=4 instrument=2 participant=3 clientOrderId=44", lines[5]);
        Assert.EndsWith("MassCancel              time=5 instrument=0 participant=3", lines[6]);
        Assert.EndsWith("time=6 participant=3 mode=CancelBoth", lines[7]);
        Assert.EndsWith("AdvanceTime             time=7", lines[8]);
        Assert.Equal("end: records 1..8 (8) in 1 segment(s), clean", lines[9]);
        Assert.True(result.IsClean);
    }

    [Fact]
    public void Write_CorruptedJournal_PrintsTheRecordsBeforeAndTheProblem()
    {
        using var dir = new TempDirectory();
        JournalTestData.Write(dir.Path, JournalTestData.RandomCommands(12, 30), new JournalWriterOptions { Durability = JournalDurability.Async });
        var target = JournalTestData.ReadAll(dir.Path)[9];
        using (var stream = new FileStream(target.Segment, FileMode.Open)) { stream.Position = target.Offset + 17; stream.WriteByte(0xEE); }
        var output = new StringWriter();

        var result = JournalDump.Write(dir.Path, output);

        Assert.True(result.IsCorrupted);
        Assert.Equal(9, result.LastSequence);
        string text = output.ToString();
        Assert.Contains("end: records 1..9 (9) in 1 segment(s); corrupted journal in ", text);
        Assert.Contains($"at offset {target.Offset}, expected sequence 10: ChecksumMismatch", text);
    }
}
