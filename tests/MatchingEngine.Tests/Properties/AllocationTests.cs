using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Tests.Properties;

/// <summary>
/// The hot path allocates nothing in steady state: on a pre-sized engine with a struct handler, after a warm-up
/// (JIT, first-touch growth), a mixed stream of placements that cross and rest, iceberg refills, market orders,
/// cancels, amends that keep and lose priority, and self-trade prevention allocates zero bytes on this thread. With
/// accounts the same holds: reservations, releases, fees and T+n settlement queues allocate nothing either.
/// </summary>
public sealed class AllocationTests
{
    private const int Batch = 10_000;

    /// <summary>One pre-built command: which kind, and its payload (only the matching field is used).</summary>
    private struct Step
    {
        public byte Kind;
        public PlaceOrder Place;
        public CancelOrder Cancel;
        public AmendOrder Amend;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ContinuousTrading_AfterWarmUp_AllocatesNothing(bool accounts)
    {
        var spec = new InstrumentSpec
        {
            Id = 1, Symbol = "ALLOC", ReferencePrice = 10_000, PriceScale = 2, TickTable = TickSizeTable.Uniform(1),
            PriceBandBps = 2_000, PriceControls = PriceControls.None,
            AccountRules = new AccountRules { MakerFeeBps = 5, TakerFeeBps = 15, SettlementDelay = accounts ? 200 : 0 },
        };
        var engine = new MatchingEngine<CountingHandler>(new EngineOptions { InitialOrderCapacity = 1 << 16, Accounts = accounts }, default);
        engine.AddInstrument(spec);
        if (accounts) Fund(engine);
        engine.SetPhase(new SetPhase(0, 1, TradingPhase.Continuous));
        engine.SetSelfTradePrevention(new SetSelfTradePrevention(0, 3, SelfTradePrevention.CancelResting));
        engine.SetSelfTradePrevention(new SetSelfTradePrevention(0, 4, SelfTradePrevention.Decrement));

        var random = new SplitMix64(42);
        long time = 1, clientOrderId = 1;
        var owners = new int[2 * Batch + 1];
        var warmUp = Build(ref random, ref time, ref clientOrderId, owners);
        var measured = Build(ref random, ref time, ref clientOrderId, owners);

        Run(engine, warmUp);
        engine.Handler = default;
        long before = GC.GetAllocatedBytesForCurrentThread();
        Run(engine, measured);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The measured batch must really exercise the paths: trades, cancels and amends that succeed.
        var seen = engine.Handler;
        Assert.True(seen.Trades > Batch / 10 && seen.Cancels > Batch / 20 && seen.Amends > Batch / 50,
            $"trades {seen.Trades}, cancels {seen.Cancels}, amends {seen.Amends}, rejections {seen.Rejections}");
        Assert.Equal(0, allocated);
    }

    /// <summary>Opens and funds participants 1-4 far beyond what the batches use, so no order fails a risk check.</summary>
    private static void Fund(MatchingEngine<CountingHandler> engine)
    {
        for (int p = 1; p <= 4; p++)
        {
            engine.ApplyAccount(new AccountCommand(0, AccountAction.OpenAccount, p, Category: ParticipantCategory.Professional));
            engine.ApplyAccount(new AccountCommand(0, AccountAction.DepositCash, p, Currency: CurrencyCode.Pack("EUR"), Amount: 1L << 50));
            engine.ApplyAccount(new AccountCommand(0, AccountAction.DepositHoldings, p, Instrument: 1, Amount: 1L << 40));
        }
    }

    private static void Run(MatchingEngine<CountingHandler> engine, Step[] steps)
    {
        for (int i = 0; i < steps.Length; i++)
        {
            ref var step = ref steps[i];
            switch (step.Kind)
            {
                case 0: engine.Place(in step.Place); break;
                case 1: engine.Cancel(in step.Cancel); break;
                default: engine.Amend(in step.Amend); break;
            }
        }
    }

    /// <summary>
    /// Builds a batch before measuring, so building it is not counted: participants 1-4 (3 and 4 with self-trade
    /// prevention) place limit orders a few ticks either side of 100.00 (so about half cross), some icebergs, some
    /// market IOC orders; cancels and amends name one of the last 20 orders, which may have traded away (then they
    /// are rejected, which must not allocate either).
    /// </summary>
    private static Step[] Build(ref SplitMix64 random, ref long time, ref long clientOrderId, int[] owners)
    {
        var steps = new Step[Batch];
        for (int i = 0; i < Batch; i++)
        {
            ulong r = random.Next();
            int kind = (int)(r % 100);
            int participant = 1 + (int)(r / 100 % 4);
            long recent = Math.Max(1, clientOrderId - 1 - (long)(r / 1000 % 20));
            int owner = owners[recent];
            time++;
            if (kind < 70)
            {
                var side = r / 7 % 2 == 0 ? Side.Buy : Side.Sell;
                long price = 10_000 + (long)(r / 13 % 11) - 5;
                long quantity = 1 + (long)(r / 17 % 50);
                bool market = kind < 7;
                bool iceberg = kind >= 60 && quantity > 10;
                owners[clientOrderId] = participant;
                steps[i].Place = new PlaceOrder(time, 1, participant, clientOrderId++, side, market ? OrderType.Market : OrderType.Limit,
                    market ? TimeInForce.ImmediateOrCancel : TimeInForce.GoodTillCancelled, market ? 0 : price, quantity)
                {
                    DisplayQuantity = iceberg ? 5 : 0,
                };
            }
            else if (kind < 85)
            {
                steps[i].Kind = 1;
                steps[i].Cancel = new CancelOrder(time, 1, owner, recent);
            }
            else
            {
                steps[i].Kind = 2;
                long newPrice = 10_000 + (long)(r / 19 % 11) - 5;
                steps[i].Amend = new AmendOrder(time, 1, owner, recent, newPrice, 1 + (long)(r / 23 % 30));
            }
        }
        return steps;
    }
}
