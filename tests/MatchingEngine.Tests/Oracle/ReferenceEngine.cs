using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Results;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Oracle;

/// <summary>
/// A second, deliberately naive implementation of the matching rules, used as the oracle for seeded random runs:
/// the same commands must give the same events (into an <see cref="EventLog"/>) and the same <see cref="StateHash"/>
/// as <see cref="MatchingEngine{THandler}"/>. Written from the rules for clarity, not speed: orders are classes,
/// books are sorted dictionaries of lists, every lookup walks them. Covers the continuous-with-auctions model with
/// phases changed by command (no schedule) and all market data published.
/// </summary>
public sealed partial class ReferenceEngine
{
    private const int MaxParticipant = (1 << 23) - 1;
    private const long MaxClientOrderId = (1L << 40) - 1;

    private readonly SortedDictionary<int, ReferenceBook> _books = new();
    private readonly SortedDictionary<int, SelfTradePrevention> _selfTradePrevention = new();
    private readonly EventLog _log;
    private SplitMix64 _random;
    private long _clock;
    private long _nextOrderId = 1;
    private long _nextMatchId = 1;

    /// <summary>True while stops are being triggered: the cascade loop itself rescans after each triggered order.</summary>
    private bool _cascading;

    public ReferenceEngine(EngineOptions options, EventLog log)
    {
        if (options.MarketData != MarketDataLevels.All) throw new NotSupportedException("the reference engine always publishes all market data");
        _random = new SplitMix64(options.Seed);
        _log = log;
    }

    public long Clock => _clock;

    public void AddInstrument(InstrumentSpec spec)
    {
        if (spec.TradingModel != TradingModelKind.ContinuousWithAuctions) throw new NotSupportedException("reference engine: continuous model only");
        if (spec.Schedule != TradingSchedule.None) throw new NotSupportedException("reference engine: phases change by command only");
        if (spec.MinimumOrderNotional != 0 || spec.Kind == InstrumentKind.NonTransferable)
            throw new NotSupportedException("reference engine: no minimum notional, transferable instruments only");
        _books.Add(spec.Id, new ReferenceBook(spec));
    }

    public IEnumerable<ReferenceBook> Books => _books.Values;

    public void SetSelfTradePrevention(in SetSelfTradePrevention c)
    {
        if (!Begin(c.Time, CommandKind.SetSelfTradePrevention, 0, c.Participant, 0)) return;
        var code = c.Time < _clock ? ResultCode.TimeWentBackwards
            : c.Participant is < 1 or > MaxParticipant ? ResultCode.InvalidParticipant
            : !Enum.IsDefined(c.Mode) ? ResultCode.UnsupportedCombination
            : ResultCode.Ok;
        if (code != ResultCode.Ok)
        {
            Reject(c.Time, CommandKind.SetSelfTradePrevention, 0, c.Participant, 0, 0, code);
            return;
        }
        _clock = c.Time;
        if (c.Mode == SelfTradePrevention.None) _selfTradePrevention.Remove(c.Participant);
        else _selfTradePrevention[c.Participant] = c.Mode;
    }

    private SelfTradePrevention SelfTradePreventionOf(int participant) => _selfTradePrevention.GetValueOrDefault(participant);

    /// <summary>The state hash in the engine's canonical order (see MatchingEngine.StateHash), from this representation.</summary>
    public ulong StateHash()
    {
        var hasher = new StateHasher();
        hasher.Add(_clock);
        hasher.Add((long)_random.State);
        hasher.Add(_nextOrderId);
        hasher.Add(_nextMatchId);
        foreach (var (participant, mode) in _selfTradePrevention)
        {
            hasher.Add(participant);
            hasher.Add((long)mode);
        }
        foreach (var book in _books.Values)
        {
            book.View().AddTo(hasher);
            foreach (var order in book.OpenOrders()) hasher.Add(order.View());
        }
        return hasher.Value;
    }

    public IReadOnlyList<OpenOrderView> OpenOrders(int instrument) => _books[instrument].OpenOrders().Select(o => o.View()).ToList();

    private ReferenceBook? BookOrNull(int instrument) => _books.GetValueOrDefault(instrument);

    /// <summary>The open order a participant names by client order id, on any instrument (ids are unique per participant).</summary>
    private ReferenceOrder? FindOpen(int participant, long clientOrderId) =>
        _books.Values.SelectMany(b => b.OpenOrders()).FirstOrDefault(o => o.Participant == participant && o.ClientOrderId == clientOrderId);

    private void Reject(long time, CommandKind command, int instrument, int participant, long clientOrderId, long orderId, ResultCode code) =>
        _log.OnOrderRejected(new OrderRejected(Math.Max(time, _clock), command, instrument, participant, clientOrderId, orderId, code));
}
