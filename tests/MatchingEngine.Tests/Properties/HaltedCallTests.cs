using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Tests.Properties;

/// <summary>
/// The smallest command sequences behind properties the random streams once found broken, all around a call phase
/// interrupted by a halt, kept as regressions and checked with the same <see cref="PropertyRun"/>. Instrument 1 is
/// <see cref="Oracle.OracleInstruments.First"/> (reference 100).
/// </summary>
public sealed class HaltedCallTests
{
    /// <summary>
    /// A market order queued in a call stays queued through a halt (resuming to continuous trading runs an uncross
    /// for it), so a halted book with queued market orders is a valid state.
    /// </summary>
    [Fact]
    public void HaltDuringCall_QueuedMarketOrder_StateStaysValid() => AssertHolds(
        new SetPhase(0, 1, TradingPhase.PreOpen),
        new PlaceOrder(1, 1, 1, 1, Side.Buy, OrderType.Market, TimeInForce.Day, 0, 10),
        new SetPhase(2, 1, TradingPhase.Halted));

    /// <summary>
    /// An at-the-open order takes part only in the opening auction. Resuming a halted opening call straight into
    /// continuous trading (the book does not cross, so no uncross runs) must not leave it resting in the continuous
    /// book, where the sell at 100 would trade with it.
    /// </summary>
    [Fact]
    public void HaltDuringOpeningCall_ResumedWithoutUncross_AtTheOpenOrderDoesNotTradeContinuously() => AssertHolds(
        new SetPhase(0, 1, TradingPhase.PreOpen),
        new PlaceOrder(1, 1, 1, 1, Side.Buy, OrderType.Limit, TimeInForce.AtTheOpen, 100, 10),
        new SetPhase(2, 1, TradingPhase.Halted),
        new SetPhase(3, 1, TradingPhase.Continuous),
        new PlaceOrder(4, 1, 2, 1, Side.Sell, OrderType.Limit, TimeInForce.Day, 100, 10));

    /// <summary>
    /// At-the-close orders take part only in the closing auction. A halted closing call resumed into continuous
    /// trading runs an opening uncross for the crossed book; what is left of them must not rest in continuous trading.
    /// </summary>
    [Fact]
    public void HaltDuringClosingCall_ResumedWithUncross_AtTheCloseOrdersDoNotRestInContinuousTrading() => AssertHolds(
        new SetPhase(0, 1, TradingPhase.Continuous),
        new SetPhase(1, 1, TradingPhase.PreCloseCall),
        new PlaceOrder(2, 1, 1, 1, Side.Buy, OrderType.Limit, TimeInForce.AtTheClose, 101, 10),
        new PlaceOrder(3, 1, 2, 1, Side.Sell, OrderType.Limit, TimeInForce.AtTheClose, 99, 5),
        new SetPhase(4, 1, TradingPhase.Halted),
        new SetPhase(5, 1, TradingPhase.Continuous));

    private static void AssertHolds(params object[] commands)
    {
        var run = new PropertyRun("fixed sequence", engineSeed: 1, instrumentCount: 1);
        for (int i = 0; i < commands.Length; i++) run.Step(i, commands[i]);
        string broken = run.Report();
        Assert.True(broken.Length == 0, broken);
    }
}
