using System.Runtime.CompilerServices;
using SocialExchange.Matching.Books;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;

namespace SocialExchange.Matching.Engine;

public sealed partial class MatchingEngine<THandler>
{
    /// <summary>
    /// A hash of the whole engine state in a canonical order: clock, random generator, id counters, self-trade
    /// settings, then per instrument (by id) its <see cref="BookStateView"/> and open orders (bids best first, asks
    /// best first, each level oldest first, then market queues, then stops by arrival). Two engines with the same
    /// hash are in the same state, whatever their memory layout; replay must reproduce it.
    /// </summary>
    public ulong StateHash()
    {
        var hasher = new StateHasher();
        hasher.Add(_clock);
        hasher.Add((long)_random.State);
        hasher.Add(_nextOrderId);
        hasher.Add(_nextMatchId);
        for (int p = 0; p < _selfTradePrevention.Length; p++)
        {
            if (_selfTradePrevention[p] == SelfTradePrevention.None) continue;
            hasher.Add(p);
            hasher.Add((long)_selfTradePrevention[p]);
        }
        var orders = new StateHashOrderVisitor(hasher, withProtectionPrice: _ledger is not null);
        foreach (var book in _booksInIdOrder)
        {
            ViewOf(book).AddTo(hasher);
            WalkOpenOrders(book, ref orders);
        }
        if (_ledger is not null) AddAccountsTo(hasher);
        return hasher.Value;
    }

    /// <summary>The instrument's state apart from its orders.</summary>
    public BookStateView BookState(int instrument) => ViewOf(BookOf(instrument));

    /// <summary>The instrument's open orders in canonical order (see <see cref="StateHash"/>).</summary>
    public IReadOnlyList<OpenOrderView> OpenOrders(int instrument) => OpenOrdersOf(BookOf(instrument));

    private static BookStateView ViewOf(OrderBook b) => new(b.Id, b.Phase, b.PhaseEndTime, b.NextScheduledTime, b.StaticReference,
        b.LastPrice, b.Open, b.High, b.Low, b.Volume, b.TradeCount, b.Turnover,
        b.PublishedBidPrice, b.PublishedBidQuantity, b.PublishedAskPrice, b.PublishedAskQuantity, b.PublishedIndicative);

    private List<OpenOrderView> OpenOrdersOf(OrderBook book)
    {
        var collector = new OpenOrderCollector([]);
        WalkOpenOrders(book, ref collector);
        return collector.Orders;
    }

    /// <summary>
    /// Hands every open order of <paramref name="book"/> to <paramref name="visitor"/> in canonical order: bids
    /// best first, asks best first, each level oldest first, then the market queues, then stops by arrival (the
    /// order of <see cref="StateHash"/>, and the priority order a snapshot restores by appending).
    /// </summary>
    private void WalkOpenOrders<TVisitor>(OrderBook book, ref TVisitor visitor) where TVisitor : struct, IOpenOrderVisitor
    {
        WalkLadder(book.Bids, ref visitor);
        WalkLadder(book.Asks, ref visitor);
        for (int slot = book.MarketBuys.Head; slot >= 0; slot = _pool[slot].Next) visitor.Visit(OrderLocation.MarketQueue, in _pool[slot]);
        for (int slot = book.MarketSells.Head; slot >= 0; slot = _pool[slot].Next) visitor.Visit(OrderLocation.MarketQueue, in _pool[slot]);
        foreach (int slot in book.Stops) visitor.Visit(OrderLocation.StopList, in _pool[slot]);
    }

    /// <summary>How many open orders <paramref name="book"/> holds, from the counts its levels and queues keep (no walk over the orders).</summary>
    private static int OpenOrderCountOf(OrderBook book)
    {
        return LevelCounts(book.Bids) + LevelCounts(book.Asks) + book.MarketBuys.Count + book.MarketSells.Count + book.Stops.Count;

        static int LevelCounts(PriceLadder ladder)
        {
            int count = 0;
            for (int level = ladder.BestIndex; level >= 0; level = ladder.NextWorse(level)) count += ladder.Level(level).Count;
            return count;
        }
    }

    private void WalkLadder<TVisitor>(PriceLadder ladder, ref TVisitor visitor) where TVisitor : struct, IOpenOrderVisitor
    {
        for (int level = ladder.BestIndex; level >= 0; level = ladder.NextWorse(level))
            for (int slot = ladder.Level(level).Head; slot >= 0; slot = _pool[slot].Next)
                visitor.Visit(OrderLocation.Book, in _pool[slot]);
    }

    /// <summary>
    /// Checks every structural invariant and throws <see cref="InvalidOperationException"/> naming the first broken
    /// one. For tests (run after every command); walks everything, so never on the matching path.
    /// </summary>
    public void ValidateInternalState()
    {
        int open = 0;
        foreach (var book in _booksInIdOrder)
        {
            open += ValidateLadder(book, book.Bids) + ValidateLadder(book, book.Asks);
            open += ValidateQueue(book, book.MarketBuys, Side.Buy) + ValidateQueue(book, book.MarketSells, Side.Sell);
            foreach (int slot in book.Stops)
            {
                ref var o = ref _pool[slot];
                Check(o.State == OrderState.WaitingForTrigger && o.Instrument == book.Id, $"stop slot {slot} of book {book.Id} is {o.State} on {o.Instrument}");
                CheckMapped(slot);
                open++;
            }
            if (book.Phase == TradingPhase.Continuous && book.Bids.BestIndex >= 0 && book.Asks.BestIndex >= 0)
                Check(book.Bids.BestIndex < book.Asks.BestIndex, $"book {book.Id} is crossed in continuous trading: bid {book.Bids.BestPrice} >= ask {book.Asks.BestPrice}");
            // A halt freezes a call book as it is, market orders included, until it resumes.
            if (!book.InCallPhase && book.Phase != TradingPhase.Halted)
                Check(book.MarketBuys.Count + book.MarketSells.Count == 0, $"book {book.Id} holds queued market orders outside a call phase or a halt");
        }
        Check(open == _openOrders.Count, $"{open} open orders in books but {_openOrders.Count} in the client order map");
        Check(open == _pool.LiveCount, $"{open} open orders in books but {_pool.LiveCount} pool slots in use");
        if (_ledger is not null) ValidateAccounts(_ledger);
    }

    // Runs once per start over millions of items: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ValidateLadder(OrderBook book, PriceLadder ladder)
    {
        int orders = 0, levels = 0, best = -1;
        for (int level = 0; level < ladder.Size; level++)
        {
            ref var l = ref ladder.Level(level);
            long visible = 0, hidden = 0;
            int count = 0, previous = -1;
            for (int slot = l.Head; slot >= 0; slot = _pool[slot].Next)
            {
                ref var o = ref _pool[slot];
                Check(o.State == OrderState.Resting, $"book {book.Id} {ladder.Side} level {ladder.PriceAt(level)} order {o.OrderId}: state {o.State}");
                Check(o.Prev == previous, $"book {book.Id} {ladder.Side} level {ladder.PriceAt(level)} order {o.OrderId}: broken back link");
                Check(o.Price == ladder.PriceAt(level) && o.Side == ladder.Side && o.Instrument == book.Id,
                    $"book {book.Id} {ladder.Side} level {ladder.PriceAt(level)} order {o.OrderId}: price, side or instrument mismatch");
                Check(o.Remaining > 0 && o.Visible > 0 && o.Visible <= o.Remaining,
                    $"book {book.Id} {ladder.Side} level {ladder.PriceAt(level)} order {o.OrderId}: remaining {o.Remaining}, visible {o.Visible}");
                Check(o.DisplaySize > 0 || o.Visible == o.Remaining, $"book {book.Id} {ladder.Side} level {ladder.PriceAt(level)} order {o.OrderId}: hidden quantity on a non-iceberg");
                CheckMapped(slot);
                visible += o.Visible;
                hidden += o.Remaining - o.Visible;
                count++;
                previous = slot;
            }
            Check(l.Tail == previous, $"book {book.Id} {ladder.Side} level {ladder.PriceAt(level)}: tail mismatch");
            Check(l.Count == count && l.Visible == visible && l.Hidden == hidden,
                $"book {book.Id} {ladder.Side} level {ladder.PriceAt(level)}: totals {l.Count}/{l.Visible}/{l.Hidden} but orders give {count}/{visible}/{hidden}");
            Check(ladder.IsOccupied(level) == (count > 0), $"book {book.Id} {ladder.Side} level {ladder.PriceAt(level)}: occupancy bit wrong");
            if (count > 0)
            {
                levels++;
                if (best < 0 || ladder.IsBetter(level, best)) best = level;
            }
            orders += count;
        }
        Check(levels == ladder.LevelCount, $"book {book.Id} {ladder.Side}: {ladder.LevelCount} levels counted but {levels} occupied");
        Check(best == ladder.BestIndex, $"book {book.Id} {ladder.Side}: best index {ladder.BestIndex} but best occupied is {best}");
        return orders;
    }

    private int ValidateQueue(OrderBook book, OrderQueue queue, Side side)
    {
        int count = 0;
        long quantity = 0;
        for (int slot = queue.Head; slot >= 0; slot = _pool[slot].Next)
        {
            ref var o = ref _pool[slot];
            Check(o.State == OrderState.QueuedMarket && o.Side == side && o.Type == OrderType.Market && o.Remaining > 0,
                $"book {book.Id} {side} market queue: order {o.OrderId} is {o.State} {o.Side} {o.Type} {o.Remaining}");
            CheckMapped(slot);
            count++;
            quantity += o.Remaining;
        }
        Check(count == queue.Count && quantity == queue.Quantity, $"book {book.Id} {side} market queue totals {queue.Count}/{queue.Quantity} but orders give {count}/{quantity}");
        return count;
    }

    private void CheckMapped(int slot)
    {
        ref var o = ref _pool[slot];
        Check(_openOrders.TryGetValue(KeyOf(o.Participant, o.ClientOrderId), out int mapped) && mapped == slot,
            $"order {o.OrderId} (participant {o.Participant}, client id {o.ClientOrderId}) is not in the client order map");
    }

    /// <summary>Throws naming the problem when <paramref name="condition"/> fails; the message is only formatted then.</summary>
    private static void Check(bool condition, [InterpolatedStringHandlerArgument(nameof(condition))] ref ProblemMessage problem)
    {
        if (!condition) throw new InvalidOperationException("engine state invalid: " + problem.ToStringAndClear());
    }
}
