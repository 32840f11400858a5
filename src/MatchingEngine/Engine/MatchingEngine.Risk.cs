using System.Runtime.CompilerServices;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Books;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Engine;

/// <summary>
/// Pre-trade risk and post-trade accounting, on the matching path, when the engine keeps accounts.
/// <para>
/// A buy order reserves cash for its remaining quantity at its protection price (its limit, or for a market buy a
/// bound it will not trade beyond) plus the higher of the maker and taker fee; a sell reserves holdings. Every
/// change of an order's remaining quantity releases the difference of the reservation function, and the end of an
/// order releases the rest, so what is reserved always equals the sum over open orders, to the unit. Because values
/// and fees round down, the reservation released by a fill always covers what the fill charges.
/// </para>
/// </summary>
public sealed partial class MatchingEngine<THandler>
{
    /// <summary>
    /// The account checks of a new order that passed every other check: an open, eligible account and enough
    /// available cash (buys) or holdings plus short-sale allowance (sells). Gives the order's protection price and
    /// what it must reserve (cash for a buy, units for a sell) once the order is accepted.
    /// </summary>
    private ResultCode CheckAccount(OrderBook book, in PlaceOrder c, long price, out long protection, out long reservation)
    {
        bool hasPrice = c.Type is OrderType.Limit or OrderType.StopLimit || price != 0; // market-to-limit got its price
        protection = hasPrice ? price : c.Side == Side.Buy ? long.MaxValue : 0;
        reservation = c.Quantity;
        var ledger = _ledger;
        if (ledger is null) return ResultCode.Ok;
        var category = ledger.CategoryOf(c.Participant);
        if (category == ParticipantCategory.None) return ResultCode.AccountNotOpen;
        var accounts = book.Accounts!;
        if (((int)accounts.Rules.EligibleCategories & (1 << (int)category)) == 0) return ResultCode.NotEligible;
        if (c.Side == Side.Buy)
        {
            if (!hasPrice) protection = MarketBuyProtection(book);
            reservation = accounts.Reservation(protection, c.Quantity);
            ref var cash = ref ledger.Cash(accounts.CurrencyIndex, c.Participant);
            return reservation < Money.Unaffordable && cash.Total - cash.Reserved >= reservation ? ResultCode.Ok : ResultCode.InsufficientCash;
        }
        ref var holding = ref accounts.Holding(c.Participant);
        return holding.Total - holding.Reserved + ledger.Participants[c.Participant].ShortSaleLimit >= c.Quantity
            ? ResultCode.Ok : ResultCode.InsufficientHoldings;
    }

    /// <summary>
    /// How high a market buy may trade: in continuous trading the static order collar's upper bound (the highest
    /// limit price a buy could have now), in a call phase the top of the ladder (the uncross price is not known yet).
    /// </summary>
    private static long MarketBuyProtection(OrderBook book)
    {
        if (book.InCallPhase || book.StaticOrderCollarBps == 0) return book.HighestPrice;
        long bound = book.StaticReference + book.StaticReference * book.StaticOrderCollarBps / 10_000;
        if (bound >= book.HighestPrice) return book.HighestPrice;
        long tick = book.Ticks.TickAt(bound);
        return Math.Max(bound / tick * tick, book.Bids.PriceAt(0));
    }

    /// <summary>Reserves <paramref name="reservation"/> (cash for a buy, units for a sell) for an accepted order.</summary>
    private void Reserve(OrderBook book, ref Order order, long reservation)
    {
        var accounts = book.Accounts!;
        if (order.Side == Side.Buy) _ledger!.Cash(accounts.CurrencyIndex, order.Participant).Reserved += reservation;
        else accounts.Holding(order.Participant).Reserved += reservation;
    }

    /// <summary>Reserves what an order's protection price and remaining quantity need (after an amendment).</summary>
    private void Reserve(OrderBook book, ref Order order) =>
        Reserve(book, ref order, order.Side == Side.Buy ? book.Accounts!.Reservation(order.ProtectionPrice, order.Remaining) : order.Remaining);

    /// <summary>Releases the reservation of an order's whole remaining quantity: it ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReleaseRemaining(OrderBook book, ref Order order)
    {
        if (_ledger is not null) ReleaseDownTo(book, ref order, 0);
    }

    /// <summary>Releases the reservation of the quantity between the order's remaining quantity and <paramref name="newRemaining"/>.</summary>
    private void ReleaseDownTo(OrderBook book, ref Order order, long newRemaining)
    {
        var accounts = book.Accounts!;
        if (order.Side == Side.Buy)
            _ledger!.Cash(accounts.CurrencyIndex, order.Participant).Reserved -=
                accounts.Reservation(order.ProtectionPrice, order.Remaining) - accounts.Reservation(order.ProtectionPrice, newRemaining);
        else
            accounts.Holding(order.Participant).Reserved -= order.Remaining - newRemaining;
    }

    /// <summary>
    /// The cash check of an amendment: the new price and quantity must fit in what is available plus what the
    /// order already reserves (holdings: plus the short-sale allowance).
    /// </summary>
    private ResultCode CheckAmend(OrderBook book, ref Order order, long newPrice, long newQuantity)
    {
        var accounts = book.Accounts!;
        if (order.Side == Side.Buy)
        {
            long needed = accounts.Reservation(newPrice, newQuantity);
            ref var cash = ref _ledger!.Cash(accounts.CurrencyIndex, order.Participant);
            long freed = accounts.Reservation(order.ProtectionPrice, order.Remaining);
            return needed < Money.Unaffordable && cash.Total - cash.Reserved + freed >= needed ? ResultCode.Ok : ResultCode.InsufficientCash;
        }
        ref var holding = ref accounts.Holding(order.Participant);
        return holding.Total - holding.Reserved + order.Remaining + _ledger!.Participants[order.Participant].ShortSaleLimit >= newQuantity
            ? ResultCode.Ok : ResultCode.InsufficientHoldings;
    }

    /// <summary>
    /// A market buy interrupted by a volatility auction waits for the uncross, whose price may be anywhere on the
    /// ladder: its reservation grows to the ladder's top. False when the cash is not there (the order then ends).
    /// </summary>
    private bool ReserveForCall(OrderBook book, ref Order order)
    {
        var accounts = book.Accounts!;
        ref var cash = ref _ledger!.Cash(accounts.CurrencyIndex, order.Participant);
        long extra = accounts.Reservation(book.HighestPrice, order.Remaining) - accounts.Reservation(order.ProtectionPrice, order.Remaining);
        if (cash.Total - cash.Reserved < extra) return false;
        cash.Reserved += extra;
        order.ProtectionPrice = book.HighestPrice;
        return true;
    }

    /// <summary>
    /// Books a trade of <paramref name="quantity"/> at <paramref name="price"/> between two orders whose remaining
    /// quantities already show the fill: the buyer pays value and fee from its reservation, the seller delivers
    /// reserved units and receives value less fee (pending until settlement when the instrument settles T+n).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // keeps the matching loops small for the JIT, with or without accounts
    private void BookTrade(OrderBook book, ref Order buy, ref Order sell, long price, long quantity, long buyerFeeBps, long sellerFeeBps)
    {
        var accounts = book.Accounts!;
        var ledger = _ledger!;
        long value = accounts.Cash.Value(price, quantity);
        long buyerFee = Money.Fee(value, buyerFeeBps);
        long sellerFee = Money.Fee(value, sellerFeeBps);
        long proceeds = value - sellerFee;
        ledger.Fees[accounts.CurrencyIndex] += buyerFee + sellerFee;

        // Both traders have accounts, so the arrays have room for them (EnsureAccountArrays): indexed directly.
        var cash = ledger.CashArray(accounts.CurrencyIndex);
        var holdings = accounts.Holdings;
        ref var buyerCash = ref cash[buy.Participant];
        buyerCash.Reserved -= accounts.Reservation(buy.ProtectionPrice, buy.Remaining + quantity) - accounts.Reservation(buy.ProtectionPrice, buy.Remaining);
        buyerCash.Total -= value + buyerFee;
        ref var bought = ref holdings[buy.Participant];
        bought.RecordTrade(quantity, -(value + buyerFee));

        // For a self-trade (no prevention) the two refs are one account, updated in turn: still exact.
        ref var sold = ref holdings[sell.Participant];
        sold.RecordTrade(-quantity, proceeds);
        sold.Reserved -= quantity;
        sold.Total -= quantity;
        ref var sellerCash = ref cash[sell.Participant];

        if (accounts.SettlementDelay == 0)
        {
            bought.Total += quantity;
            sellerCash.Total += proceeds;
            return;
        }
        bought.Pending += quantity;
        sellerCash.Pending += proceeds;
        var pending = new PendingSettlement
        {
            Due = _clock + accounts.SettlementDelay, Buyer = buy.Participant, Seller = sell.Participant, Quantity = quantity, Proceeds = proceeds,
        };
        accounts.Pending.Enqueue(in pending);
        NoteTimer(pending.Due);
    }

    /// <summary>Books a continuous trade: the incoming order took liquidity and pays the taker fee, the resting one the maker fee.</summary>
    private void BookContinuousTrade(OrderBook book, ref Order incoming, ref Order resting, long price, long quantity)
    {
        var accounts = book.Accounts!;
        if (incoming.Side == Side.Buy) BookTrade(book, ref incoming, ref resting, price, quantity, accounts.TakerFeeBps, accounts.MakerFeeBps);
        else BookTrade(book, ref resting, ref incoming, price, quantity, accounts.MakerFeeBps, accounts.TakerFeeBps);
    }

    /// <summary>The earliest settlement due over all instruments; <see cref="long.MaxValue"/> when nothing is pending.</summary>
    private long NextSettlementDue()
    {
        if (_ledger is null) return long.MaxValue;
        long due = long.MaxValue;
        foreach (var book in _booksInIdOrder) due = Math.Min(due, book.Accounts!.Pending.NextDue);
        return due;
    }

    /// <summary>Settles every trade due at <paramref name="time"/>, instrument by instrument in id order, oldest first.</summary>
    private void SettleDue(long time)
    {
        var ledger = _ledger!;
        foreach (var book in _booksInIdOrder)
        {
            var accounts = book.Accounts!;
            while (accounts.Pending.NextDue <= time)
            {
                var settled = accounts.Pending.Dequeue();
                ref var holding = ref accounts.Holding(settled.Buyer);
                holding.Pending -= settled.Quantity;
                holding.Total += settled.Quantity;
                ref var cash = ref ledger.Cash(accounts.CurrencyIndex, settled.Seller);
                cash.Pending -= settled.Proceeds;
                cash.Total += settled.Proceeds;
            }
        }
    }
}
