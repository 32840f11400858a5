using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Results;
using SocialExchange.Matching.Tests.Oracle;
using SocialExchange.Matching.Tests.Properties;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Accounts;

/// <summary>
/// The invariants of accounts over seeded random streams of orders and account commands, checked after every
/// command by the engine's <c>ValidateInternalState</c>: no balance negative, nothing reserved beyond a total, short
/// positions within their limit, every reservation equal to the sum over the participant's open orders, cash
/// conserved (all cash plus fees equals net deposits), units conserved, pending amounts equal to pending
/// settlements. Then replay determinism with accounts: through a snapshot, and through the journal's encoding.
/// </summary>
public sealed class AccountPropertyTests
{
    [Theory]
    [InlineData(201UL)]
    [InlineData(202UL)]
    [InlineData(203UL)]
    [InlineData(204UL)]
    public void RandomStream_AccountInvariantsHoldAfterEveryCommand(ulong seed)
    {
        var run = new PropertyRun($"accounts seed {seed}", seed, AccountInstruments.Both, accounts: true);
        var stream = new AccountCommandStream(seed);
        var codes = new HashSet<ResultCode>();
        int trades = 0;
        bool sawPending = false;
        for (int i = 0; i < 6_000; i++)
        {
            run.Step(i, stream.Next());
            foreach (var e in run.LastEvents)
            {
                if (e is OrderRejected r) codes.Add(r.Code);
                if (e is TradeExecuted) trades++;
            }
            sawPending |= Enumerable.Range(1, 6).Any(p => run.Engine.HoldingOf(p, 2).Pending > 0);
        }
        Assert.True(run.Report().Length == 0, run.Report());

        // The stream must have reached the paths the invariants are about, or the test proves nothing.
        Assert.True(trades > 200, $"only {trades} trades");
        Assert.True(sawPending, "no trade of the T+150 instrument was ever pending");
        ResultCode[] expected = [ResultCode.InsufficientCash, ResultCode.InsufficientHoldings, ResultCode.NotEligible, ResultCode.InvalidAmount];
        Assert.True(expected.All(codes.Contains), $"rejections seen: {string.Join(", ", codes)}");
        Assert.True(run.Engine.FeesCollected("EUR") > 0, "no fee was collected");
    }

    [Theory]
    [InlineData(211UL)]
    [InlineData(212UL)]
    public void SnapshotMidStream_RestoredEngineContinuesIdentically(ulong seed)
    {
        var commands = Commands(seed, 5_000);
        var straight = NewEngine(seed, out var straightLog);
        var half = commands.Count / 2;
        foreach (var command in commands.Take(half)) CommandDispatch.Apply(straight, command);

        using var snapshot = new MemoryStream();
        straight.WriteSnapshot(snapshot, journalSequence: half);
        snapshot.Position = 0;
        var restoredLog = new EventLog();
        var restored = MatchingEngine<EventLog>.ReadSnapshot(snapshot, restoredLog, out long sequence);
        Assert.Equal(half, sequence);
        Assert.Equal(straight.StateHash(), restored.StateHash());

        straightLog.Clear();
        foreach (var command in commands.Skip(half))
        {
            CommandDispatch.Apply(straight, command);
            CommandDispatch.Apply(restored, command);
        }
        Assert.Equal(straightLog.Events, restoredLog.Events);
        Assert.Equal(straight.StateHash(), restored.StateHash());
        for (int p = 1; p <= 7; p++) Assert.Equal(straight.CashOf(p, "EUR"), restored.CashOf(p, "EUR"));
    }

    [Fact]
    public void JournalEncoding_ReplaysToTheSameState()
    {
        var commands = Commands(221, 5_000);
        var live = NewEngine(221, out _);
        var replayed = NewEngine(221, out _);
        var payload = new byte[JournalRecordLayout.MaxPayloadLength];
        int accountRecords = 0;
        foreach (var command in commands)
        {
            CommandDispatch.Apply(live, command);
            var (type, length) = Encode(command, payload);
            if (type == JournalRecordType.Account) accountRecords++;
            JournalReplayer.Apply(replayed, type, payload.AsSpan(0, length));
        }
        Assert.True(accountRecords > 100, $"only {accountRecords} account records");
        Assert.Equal(live.StateHash(), replayed.StateHash());
    }

    [Fact]
    public void StateHash_CoversAccounts()
    {
        var first = NewEngine(1, out _);
        var second = NewEngine(1, out _);
        first.ApplyAccount(new AccountCommand(0, AccountAction.OpenAccount, 1, Category: ParticipantCategory.Retail));
        second.ApplyAccount(new AccountCommand(0, AccountAction.OpenAccount, 1, Category: ParticipantCategory.Retail));
        Assert.Equal(first.StateHash(), second.StateHash());
        second.ApplyAccount(new AccountCommand(0, AccountAction.DepositCash, 1, Currency: CurrencyCode.Pack("EUR"), Amount: 1));
        Assert.NotEqual(first.StateHash(), second.StateHash());
    }

    private static List<object> Commands(ulong seed, int count)
    {
        var stream = new AccountCommandStream(seed);
        return Enumerable.Range(0, count).Select(_ => stream.Next()).ToList();
    }

    private static MatchingEngine<EventLog> NewEngine(ulong seed, out EventLog log)
    {
        log = new EventLog();
        var engine = new MatchingEngine<EventLog>(new EngineOptions { Seed = seed, Accounts = true }, log);
        foreach (var spec in AccountInstruments.Both) engine.AddInstrument(spec);
        return engine;
    }

    private static (JournalRecordType Type, int Length) Encode(object command, byte[] payload) => command switch
    {
        PlaceOrder c => (CommandCodec.RecordTypeOf<PlaceOrder>(), CommandCodec.Encode(in c, payload)),
        CancelOrder c => (CommandCodec.RecordTypeOf<CancelOrder>(), CommandCodec.Encode(in c, payload)),
        AmendOrder c => (CommandCodec.RecordTypeOf<AmendOrder>(), CommandCodec.Encode(in c, payload)),
        MassCancel c => (CommandCodec.RecordTypeOf<MassCancel>(), CommandCodec.Encode(in c, payload)),
        SetPhase c => (CommandCodec.RecordTypeOf<SetPhase>(), CommandCodec.Encode(in c, payload)),
        AdvanceTime c => (CommandCodec.RecordTypeOf<AdvanceTime>(), CommandCodec.Encode(in c, payload)),
        SetSelfTradePrevention c => (CommandCodec.RecordTypeOf<SetSelfTradePrevention>(), CommandCodec.Encode(in c, payload)),
        AccountCommand c => (CommandCodec.RecordTypeOf<AccountCommand>(), CommandCodec.Encode(in c, payload)),
        _ => throw new ArgumentException($"not a command: {command}", nameof(command)),
    };
}
