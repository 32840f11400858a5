using SocialExchange.Matching.Events;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Tests.Support;

/// <summary>
/// The one-line text of an event or open order used by golden scenario files. Short enough to read as a
/// specification, complete enough that two different event streams never print the same.
/// </summary>
public static class EventText
{
    /// <summary>The line for <paramref name="e"/>, prefixed with "@time " when it differs from <paramref name="commandTime"/>.</summary>
    public static string Format(object e, long commandTime)
    {
        var (time, text) = e switch
        {
            OrderAccepted a => (a.Time, $"accepted #{a.OrderId} P{a.Participant} c{a.ClientOrderId} {S(a.Side)} {T(a.Type)} {Tif(a.TimeInForce)} {Q(a.Quantity, a.Price)}{(a.StopPrice != 0 ? $" stop={a.StopPrice}" : "")}"),
            OrderRejected r => (r.Time, $"rejected {r.Command} P{r.Participant} c{r.ClientOrderId}{(r.OrderId != 0 ? $" #{r.OrderId}" : "")} {r.Code}"),
            OrderCancelled c => (c.Time, $"cancelled #{c.OrderId} P{c.Participant} c{c.ClientOrderId} {c.CancelledQuantity} {c.Code}"),
            OrderExpired x => (x.Time, $"expired #{x.OrderId} P{x.Participant} c{x.ClientOrderId} {x.ExpiredQuantity} {x.Code}"),
            OrderTriggered g => (g.Time, $"triggered #{g.OrderId} P{g.Participant} c{g.ClientOrderId} stop={g.StopPrice} last={g.LastTradePrice}"),
            OrderAmended m => (m.Time, $"amended #{m.OrderId} P{m.Participant} c{m.ClientOrderId} {m.Quantity}@{m.Price} {(m.KeptPriority ? "kept" : "lost")}"),
            TradeExecuted t => (t.Time, $"trade m{t.MatchId} {(t.AggressorSide == Side.None ? "auction" : S(t.AggressorSide))} {t.Quantity}@{t.Price} buy=#{t.BuyOrderId}/P{t.BuyParticipant} sell=#{t.SellOrderId}/P{t.SellParticipant} leaves={t.BuyLeaves}/{t.SellLeaves}"),
            PriceLevelChanged l => (l.Time, $"level {S(l.Side)} {l.Price} {l.Quantity} ({l.OrderCount})"),
            BookOrderChanged o => (o.Time, $"l3 {o.Action.ToString().ToLowerInvariant()} #{o.OrderId} {S(o.Side)} {o.DisplayedQuantity}@{o.Price}"),
            BestBidOfferChanged b => (b.Time, $"bbo {(b.BidQuantity == 0 ? "-" : $"{b.BidQuantity}@{b.BidPrice}")} / {(b.AskQuantity == 0 ? "-" : $"{b.AskQuantity}@{b.AskPrice}")}"),
            PhaseChanged p => (p.Time, $"phase {p.Previous} -> {p.Phase}{(p.PlannedEnd != 0 ? $" until={p.PlannedEnd}" : "")}"),
            AuctionIndicative i => (i.Time, i.Volume == 0 ? "indicative none" : $"indicative {i.Volume}@{i.Price} imbalance={i.Imbalance}"),
            DailyStatistics d => (d.Time, $"stats open={d.Open} high={d.High} low={d.Low} last={d.Last} volume={d.Volume} turnover={d.Turnover} vwap={d.Vwap} trades={d.TradeCount}"),
            _ => throw new ArgumentException($"unknown event {e.GetType().Name}"),
        };
        return time == commandTime ? text : $"@{time} {text}";
    }

    /// <summary>The line for an open order in a book table.</summary>
    public static string Format(OpenOrderView o)
    {
        string where = o.Location switch
        {
            OrderLocation.Book => o.Side == Side.Buy ? "bid" : "ask",
            OrderLocation.MarketQueue => $"market-{S(o.Side)}",
            _ => $"stop-{S(o.Side)}",
        };
        string quantity = o.Visible != o.Remaining && o.Location == OrderLocation.Book ? $"{o.Remaining}/{o.Visible}" : $"{o.Remaining}";
        string price = o.Price != 0 ? $"@{o.Price}" : "";
        return $"{where} #{o.OrderId} P{o.Participant} c{o.ClientOrderId} {quantity}{price} {Tif(o.TimeInForce)}{(o.StopPrice != 0 ? $" stop={o.StopPrice}" : "")}";
    }

    private static string Q(long quantity, long price) => price == 0 ? $"{quantity}" : $"{quantity}@{price}";

    public static string S(Side side) => side == Side.Buy ? "buy" : side == Side.Sell ? "sell" : "none";

    public static string T(OrderType type) => type switch
    {
        OrderType.Limit => "limit",
        OrderType.Market => "market",
        OrderType.Stop => "stop",
        OrderType.StopLimit => "stoplimit",
        OrderType.MarketToLimit => "mtl",
        _ => type.ToString(),
    };

    public static string Tif(TimeInForce tif) => tif switch
    {
        TimeInForce.Day => "day",
        TimeInForce.GoodTillCancelled => "gtc",
        TimeInForce.GoodTillDate => "gtd",
        TimeInForce.ImmediateOrCancel => "ioc",
        TimeInForce.FillOrKill => "fok",
        TimeInForce.AtTheOpen => "open",
        TimeInForce.AtTheClose => "close",
        _ => tif.ToString(),
    };
}
