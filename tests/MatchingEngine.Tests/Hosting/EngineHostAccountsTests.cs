using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Results;
using SocialExchange.Matching.Tests.Accounts;
using SocialExchange.Matching.Tests.Journaling;
using static SocialExchange.Matching.Tests.Hosting.HostTestSupport;

namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>
/// Accounts through the running exchange process: account commands are acknowledged or refused like orders, a
/// risk rejection reaches the caller with its code, and a restart (snapshot plus journal tail, or the journal alone)
/// restores every balance, as the state hash shows.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EngineHostAccountsTests
{
    private static readonly int Eur = CurrencyCode.Pack("EUR");

    private static EngineHostOptions AccountOptions(string directory) => Options(directory) with
    {
        Engine = new EngineOptions { Accounts = true },
        Instruments = AccountInstruments.Both,
        SnapshotOnStop = false,
    };

    private static EngineCommand Account(AccountAction action, int participant, int instrument = 0, long amount = 0, ParticipantCategory category = ParticipantCategory.None) =>
        EngineCommand.From(new AccountCommand(0, action, participant, instrument, Currency: action is AccountAction.DepositCash or AccountAction.WithdrawCash ? Eur : 0, Amount: amount, Category: category));

    [Fact]
    public async Task AccountsThroughTheHost_RefusalsCarryTheirCode_AndARestartRestoresEveryBalance()
    {
        using var temp = new TempDirectory();
        var options = AccountOptions(temp.Path);
        ulong before;
        using (var host = EngineHost.Start(options))
        {
            Await(host.SubmitAsync(Open(1)));
            for (int p = 1; p <= 2; p++) Assert.Equal(CommandStatus.Acknowledged, Await(host.SubmitAsync(Account(AccountAction.OpenAccount, p, category: ParticipantCategory.Professional))).Status);
            Await(host.SubmitAsync(Account(AccountAction.DepositCash, 1, amount: 10_000_000)));
            Await(host.SubmitAsync(Account(AccountAction.DepositHoldings, 2, instrument: 1, amount: 50)));

            var refused = Await(host.SubmitAsync(Account(AccountAction.WithdrawCash, 1, amount: 20_000_000)));
            Assert.Equal(ResultCode.InsufficientCash, refused.Code);

            Await(host.SubmitAsync(Limit(2, 1, Side.Sell, 100, 20)));
            await host.SnapshotAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var bought = Await(host.SubmitAsync(Limit(1, 1, Side.Buy, 100, 5)));
            Assert.Equal(ResultCode.Ok, bought.Code);
            // 5 at 100 cost 5,000,000 cash units (prices at scale 0) plus fee: 6 more do not fit in what is left.
            var tooBig = Await(host.SubmitAsync(Limit(1, 2, Side.Buy, 100, 6)));
            Assert.Equal(ResultCode.InsufficientCash, tooBig.Code);
            host.Stop();
            before = host.StateHash();
        }

        using (var restarted = EngineHost.Start(options))
        {
            restarted.Stop();
            Assert.Equal(before, restarted.StateHash());
            Assert.Contains("snapshot", restarted.RecoveryReport);
        }

        var replayed = new MatchingEngine<Properties.CountingHandler>(new EngineOptions { Accounts = true }, default);
        JournalReplayer.Replay(options.JournalDirectory!, replayed);
        Assert.Equal(before, replayed.StateHash());
        Assert.Equal(5, replayed.HoldingOf(1, 1).Total);
        Assert.Equal(10_000_000 - 5_000_000 - 10_000, replayed.CashOf(1, "EUR").Total); // taker fee 0.20% of 5,000,000
    }

    [Fact]
    public async Task Listing_BeyondSixteenCurrencies_RefusedBeforeTheJournal_AndDepositsOnlyInListedCurrencies()
    {
        using var temp = new TempDirectory();
        var instruments = Enumerable.Range(0, 16)
            .Select(i => Oracle.OracleInstruments.First with { Id = i + 1, Symbol = $"C{i}", Currency = "A" + (char)('A' + i) + "A" })
            .ToList();
        using var host = EngineHost.Start(AccountOptions(temp.Path) with { Instruments = instruments });

        var refused = await host.ListInstrumentAsync(Oracle.OracleInstruments.First with { Id = 17, Symbol = "NEW", Currency = "ZZZ" });
        var sameCurrency = await host.ListInstrumentAsync(Oracle.OracleInstruments.First with { Id = 18, Symbol = "OLD", Currency = "AAA" });
        Await(host.SubmitAsync(Account(AccountAction.OpenAccount, 1, category: ParticipantCategory.Retail)));
        var usd = Await(host.SubmitAsync(EngineCommand.From(new AccountCommand(0, AccountAction.DepositCash, 1, Currency: CurrencyCode.Pack("USD"), Amount: 5))));
        host.Stop();

        Assert.Equal(CommandStatus.Refused, refused.Status);
        Assert.Contains("beyond the 16", refused.Problem);
        Assert.True(sameCurrency.IsAccepted);
        Assert.Equal(ResultCode.InvalidCurrency, usd.Code);
        Assert.Equal(host.StateHash(), ReplayedHashWithAccounts(temp.Path));
    }

    private static ulong ReplayedHashWithAccounts(string directory)
    {
        var engine = new MatchingEngine<Properties.CountingHandler>(new EngineOptions { Accounts = true }, default);
        JournalReplayer.Replay(Path.Combine(directory, "journal"), engine);
        return engine.StateHash();
    }
}
