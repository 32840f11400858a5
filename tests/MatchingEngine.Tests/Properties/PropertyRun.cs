using System.Text;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Tests.Oracle;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Properties;

/// <summary>
/// Runs commands through the real engine and checks after every one: the engine's own structural validation; no
/// crossed book in continuous trading; quantity conservation per order (accepted + amended = traded + cancelled or
/// expired + still open, the open part read from the engine); no trade through either order's limit; one price per
/// uncross; no at-auction order in continuous trading. A broken property is recorded the first time it breaks (with
/// the seed, the command index and the command) and the run goes on, so one bug does not hide the others.
/// </summary>
public sealed class PropertyRun
{
    private readonly EventLog _log = new();
    private readonly OrderLedger _ledger = new();
    private readonly Dictionary<string, string> _broken = [];
    private readonly MatchingEngine<EventLog> _engine;
    private readonly int[] _instruments;
    private readonly string _name;

    public PropertyRun(string name, ulong engineSeed, int instrumentCount)
        : this(name, engineSeed, OracleInstruments.Take(instrumentCount), accounts: false)
    {
    }

    /// <summary>A run on the given instruments (ids 1, 2, ...), with or without the engine's accounts (whose invariants <c>ValidateInternalState</c> checks too).</summary>
    public PropertyRun(string name, ulong engineSeed, IReadOnlyList<InstrumentSpec> instruments, bool accounts)
    {
        _name = name;
        _engine = new MatchingEngine<EventLog>(new EngineOptions { Seed = engineSeed, InitialOrderCapacity = 256, Accounts = accounts }, _log);
        foreach (var spec in instruments) _engine.AddInstrument(spec);
        _instruments = instruments.Select(i => i.Id).ToArray();
    }

    public MatchingEngine<EventLog> Engine => _engine;

    /// <summary>The events of the last command.</summary>
    public IReadOnlyList<object> LastEvents => _log.Events;

    /// <summary>Runs a seeded random stream; returns the broken properties, empty when all held throughout.</summary>
    public static string RandomStream(ulong seed, int commandCount, int instrumentCount)
    {
        var run = new PropertyRun($"seed {seed}", seed, instrumentCount);
        var stream = new RandomCommandStream(seed, instrumentCount);
        for (int i = 0; i < commandCount; i++) run.Step(i, stream.Next());
        return run.Report();
    }

    /// <summary>Runs one command and checks every property after it.</summary>
    public void Step(int index, object command)
    {
        _log.Clear();
        try
        {
            CommandDispatch.Apply(_engine, command);
        }
        catch (Exception e)
        {
            Break("commands never throw", index, command, e.ToString());
            return;
        }
        var touched = new HashSet<long>();
        foreach (var e in _log.Events)
        {
            if (_ledger.Apply(e) is { } broken) Break(broken.Property, index, command, broken.Detail);
            foreach (long id in OrdersIn(e)) touched.Add(id);
        }
        try
        {
            _engine.ValidateInternalState();
        }
        catch (InvalidOperationException e)
        {
            Break("ValidateInternalState passes", index, command, e.Message);
        }
        CheckBooks(index, command, touched);
        CheckUncrosses(index, command);
    }

    /// <summary>The report of every broken property, empty when none broke.</summary>
    public string Report()
    {
        if (_broken.Count == 0) return "";
        var text = new StringBuilder($"{_name}: {_broken.Count} propert{(_broken.Count == 1 ? "y" : "ies")} broken\n");
        foreach (var (property, first) in _broken) text.AppendLine($"- {property}: first broken {first}");
        return text.ToString();
    }

    private void Break(string property, int index, object command, string detail)
    {
        if (!_broken.ContainsKey(property)) _broken[property] = $"at command #{index} ({_name}): {command}\n    {detail}";
    }

    /// <summary>Book-level properties, and conservation for every order this command touched or that is open.</summary>
    private void CheckBooks(int index, object command, HashSet<long> touched)
    {
        var open = new Dictionary<long, OpenOrderView>();
        foreach (int id in _instruments)
        {
            var orders = _engine.OpenOrders(id);
            foreach (var o in orders) open[o.OrderId] = o;
            if (_engine.PhaseOf(id) != TradingPhase.Continuous) continue;
            var bids = orders.Where(o => o.Location == OrderLocation.Book && o.Side == Side.Buy).Select(o => o.Price).DefaultIfEmpty(long.MinValue).Max();
            var asks = orders.Where(o => o.Location == OrderLocation.Book && o.Side == Side.Sell).Select(o => o.Price).DefaultIfEmpty(long.MaxValue).Min();
            if (bids >= asks) Break("best bid < best ask in continuous trading", index, command, $"instrument {id}: bid {bids}, ask {asks}");
            if (orders.FirstOrDefault(o => o.TimeInForce is TimeInForce.AtTheOpen or TimeInForce.AtTheClose) is { OrderId: > 0 } auctionOnly)
                Break("no at-auction order in continuous trading", index, command, $"instrument {id}: {auctionOnly}");
        }
        foreach (long orderId in touched.Concat(open.Keys).Distinct())
        {
            var entry = _ledger[orderId];
            long stillOpen = open.TryGetValue(orderId, out var view) ? view.Remaining : 0;
            if (entry is null)
            {
                Break("quantity is conserved", index, command, $"order {orderId} is open but was never accepted");
                continue;
            }
            if (entry.Accepted + entry.Amended != entry.Traded + entry.Ended + stillOpen)
                Break("quantity is conserved", index, command,
                    $"order {orderId}: accepted {entry.Accepted} + amended {entry.Amended} != traded {entry.Traded} + cancelled/expired {entry.Ended} + open {stillOpen}");
            if (entry.HasEnded && open.ContainsKey(orderId))
                Break("an ended order is not open", index, command, $"order {orderId} ended but is still open: {view}");
        }
    }

    /// <summary>Auction trades happen only inside an uncross phase, all at one price per uncross; continuous trades never involve an at-auction order.</summary>
    private void CheckUncrosses(int index, object command)
    {
        long? uncrossPrice = null;
        bool inUncross = false;
        foreach (var e in _log.Events)
        {
            switch (e)
            {
                case PhaseChanged p:
                    inUncross = p.Phase is TradingPhase.OpeningUncross or TradingPhase.ClosingUncross or TradingPhase.CallUncross;
                    uncrossPrice = null;
                    break;
                case TradeExecuted t when t.AggressorSide == Side.None:
                    if (!inUncross) Break("auction trades happen only in an uncross", index, command, t.ToString());
                    uncrossPrice ??= t.Price;
                    if (t.Price != uncrossPrice) Break("one price per uncross", index, command, $"{t} after trades at {uncrossPrice}");
                    break;
                case TradeExecuted t:
                    if (inUncross) Break("continuous trades happen only outside an uncross", index, command, t.ToString());
                    if (_ledger[t.BuyOrderId]!.IsAtAuction || _ledger[t.SellOrderId]!.IsAtAuction)
                        Break("no at-auction order in continuous trading", index, command, t.ToString());
                    break;
            }
        }
    }

    private static IEnumerable<long> OrdersIn(object e) => e switch
    {
        OrderAccepted a => [a.OrderId],
        TradeExecuted t => [t.BuyOrderId, t.SellOrderId],
        OrderAmended m => [m.OrderId],
        OrderCancelled c => [c.OrderId],
        OrderExpired x => [x.OrderId],
        _ => [],
    };
}
