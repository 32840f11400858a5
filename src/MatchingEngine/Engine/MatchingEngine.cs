using System.Numerics;
using System.Runtime.CompilerServices;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Books;
using SocialExchange.Matching.Collections;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Results;

namespace SocialExchange.Matching.Engine;

/// <summary>
/// The matching engine: every instrument's book, matched by price-time priority in continuous trading and by call
/// auction in call phases, with price controls, phases, timers and a complete event stream.
/// <para>
/// Single-threaded and deterministic by design: one thread calls it, it never reads a clock (time arrives in every
/// command) and its only randomness is a seeded <see cref="SplitMix64"/>. The same options and commands always give
/// the same events and the same <see cref="StateHash"/>. Rejections are events with a <see cref="ResultCode"/>;
/// an exception means a bug (or a bad <see cref="InstrumentSpec"/>, which is configuration, not trading input).
/// </para>
/// <para>
/// Allocation-free in steady state: orders live in one pooled struct array shared by all books, client order ids
/// in one open-addressing map, levels in preallocated ladders, and events are structs passed by reference to a
/// struct handler the JIT specialises for.
/// </para>
/// </summary>
/// <typeparam name="THandler">Receives the events; a struct for speed.</typeparam>
public sealed partial class MatchingEngine<THandler> : IAccountQueries where THandler : IEngineEventHandler
{
    private const int MaxParticipant = (1 << 23) - 1;
    private const long MaxClientOrderId = (1L << 40) - 1;

    private readonly EngineOptions _options;
    private readonly OrderPool _pool;
    private readonly LongIntMap _openOrders;
    private readonly ExpiryHeap _expiries = new();
    private readonly List<OrderBook> _booksInIdOrder = [];
    private readonly bool _publishBestBidOffer;
    private readonly bool _publishLevels;
    private readonly bool _publishOrders;
    private OrderBook?[] _books = new OrderBook?[16];
    private SelfTradePrevention[] _selfTradePrevention;

    // Cash and participants when the engine keeps accounts (holdings live with each book); null otherwise, and the
    // matching path then pays one null test per hook.
    private readonly AccountLedger? _ledger;

    // Per participant, the highest client order id it has had accepted. Clients usually count their ids upwards, so
    // a new id above this mark cannot belong to an open order and the duplicate check skips the map lookup (a cache
    // miss in a large map). Invariant: every open order's client id is at most its participant's mark; a snapshot
    // can rebuild the marks from the open orders.
    private long[] _highestClientOrderId;
    private THandler _handler;
    private SplitMix64 _random;
    private long _clock;
    private long _nextOrderId = 1;
    private long _nextMatchId = 1;

    // No timer (good-till-date expiry, auction end, scheduled action) is due before this time. It may be early, never
    // late: setting a timer lowers it, and a scan that finds nothing due recomputes it. Commands compare their time
    // with it, so the hot path pays one comparison for timers.
    private long _timersDueFrom = long.MaxValue;
    private bool _triggeringStops;

    /// <summary>Creates an engine with no instruments.</summary>
    public MatchingEngine(EngineOptions options, THandler handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _handler = handler;
        _pool = new OrderPool(options.InitialOrderCapacity);
        _openOrders = new LongIntMap(options.InitialOrderCapacity);
        _random = new SplitMix64(options.Seed);
        int participants = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(options.ExpectedParticipants, 16, MaxParticipant) + 1);
        _selfTradePrevention = new SelfTradePrevention[participants];
        _highestClientOrderId = new long[participants];
        if (options.Accounts) _ledger = new AccountLedger(participants);
        _publishBestBidOffer = (options.MarketData & MarketDataLevels.BestBidOffer) != 0;
        _publishLevels = (options.MarketData & MarketDataLevels.PriceLevels) != 0;
        _publishOrders = (options.MarketData & MarketDataLevels.Orders) != 0;
    }

    /// <summary>The event handler, by reference so a struct handler's state can be read and reset.</summary>
    public ref THandler Handler => ref _handler;

    /// <summary>Engine time: the time of the latest command that was carried out (a rejected command does not move it).</summary>
    public long Clock => _clock;

    /// <summary>Orders resting, queued for an auction or waiting for a trigger, over all instruments.</summary>
    public int OpenOrderCount => _openOrders.Count;

    /// <summary>The options the engine was created with.</summary>
    public EngineOptions Options => _options;

    /// <summary>The listed instruments, by ascending id.</summary>
    public IEnumerable<InstrumentSpec> Instruments => _booksInIdOrder.Select(b => b.Spec);

    /// <summary>
    /// Lists an instrument, in phase <see cref="TradingPhase.Closed"/>. Configuration, not trading input: a bad
    /// specification throws <see cref="ArgumentException"/> naming every problem, and nothing changes.
    /// </summary>
    public void AddInstrument(InstrumentSpec spec, long time = 0)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = spec.Validate();
        if (problems.Count > 0)
            throw new ArgumentException($"instrument {spec.Id} ({spec.Symbol}) is not valid: " + string.Join("; ", problems), nameof(spec));
        if (spec.Id < _books.Length && _books[spec.Id] is not null)
            throw new ArgumentException($"instrument id {spec.Id} is already listed (as {_books[spec.Id]!.Spec.Symbol})", nameof(spec));
        if (time < _clock)
            throw new ArgumentException($"listing time {time} is earlier than the engine clock {_clock}", nameof(time));
        int currency = _ledger is null ? 0 : _ledger.IndexOrAdd(CurrencyCode.Pack(spec.Currency));
        if (currency < 0)
            throw new ArgumentException($"instrument {spec.Id} ({spec.Symbol}) would be a currency beyond the {AccountLedger.MaxCurrencies} an engine keeps", nameof(spec));
        if (spec.Id >= _books.Length) Array.Resize(ref _books, (int)BitOperations.RoundUpToPowerOf2((uint)spec.Id + 1));
        var book = new OrderBook(spec, time);
        if (_ledger is not null) book.Accounts = new InstrumentAccounts(spec, currency, _ledger.Participants.Length);
        _books[spec.Id] = book;
        int at = _booksInIdOrder.FindIndex(b => b.Id > spec.Id);
        _booksInIdOrder.Insert(at < 0 ? _booksInIdOrder.Count : at, book);
        _clock = time;
        NoteTimer(book.NextScheduledTime);
    }

    /// <summary>The current phase of an instrument.</summary>
    public TradingPhase PhaseOf(int instrument) => BookOf(instrument).Phase;

    /// <summary>The static reference price of an instrument (collars are measured from it).</summary>
    public long StaticReferenceOf(int instrument) => BookOf(instrument).StaticReference;

    /// <summary>The last trade price of an instrument, zero before its first trade.</summary>
    public long LastPriceOf(int instrument) => BookOf(instrument).LastPrice;

    /// <summary>When the instrument's current auction ends by timer (volatility auction, extended opening); zero when none.</summary>
    public long AuctionEndOf(int instrument) => BookOf(instrument).PhaseEndTime;

    private OrderBook BookOf(int instrument) =>
        TryGetBook(instrument) ?? throw new ArgumentException($"no instrument with id {instrument} is listed", nameof(instrument));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private OrderBook? TryGetBook(int instrument) => (uint)instrument < (uint)_books.Length ? _books[instrument] : null;

    /// <summary>Sets the self-trade prevention mode of a participant.</summary>
    public void SetSelfTradePrevention(in SetSelfTradePrevention command)
    {
        if (!BeginCommand(command.Time, CommandKind.SetSelfTradePrevention, 0, command.Participant, 0)) return;
        var code = command.Participant is < 1 or > MaxParticipant ? ResultCode.InvalidParticipant
            : !Enum.IsDefined(command.Mode) ? ResultCode.UnsupportedCombination
            : ResultCode.Ok;
        if (code != ResultCode.Ok)
        {
            Reject(command.Time, CommandKind.SetSelfTradePrevention, 0, command.Participant, 0, 0, code);
            return;
        }
        _clock = command.Time;
        if (command.Participant >= _selfTradePrevention.Length)
            Array.Resize(ref _selfTradePrevention, (int)BitOperations.RoundUpToPowerOf2((uint)command.Participant + 1));
        _selfTradePrevention[command.Participant] = command.Mode;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SelfTradePrevention SelfTradePreventionOf(int participant) =>
        participant < _selfTradePrevention.Length ? _selfTradePrevention[participant] : SelfTradePrevention.None;

    /// <summary>The open-order map key: participant in the high bits, client order id in the low 40.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long KeyOf(int participant, long clientOrderId) => ((long)participant << 40) | clientOrderId;

    /// <summary>
    /// What every command does first: refuse a time earlier than the clock, then fire every timer due by the
    /// command's time, so the command meets the market as it is at that time (an expired order never trades, a
    /// scheduled auction is not late). Returns false when the command was rejected.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool BeginCommand(long time, CommandKind command, int instrument, int participant, long clientOrderId)
    {
        if (time < _clock)
        {
            Reject(time, command, instrument, participant, clientOrderId, 0, ResultCode.TimeWentBackwards);
            return false;
        }
        if (time >= _timersDueFrom) FireTimersUpTo(time);
        return true;
    }

    /// <summary>Records that a timer is set for <paramref name="time"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NoteTimer(long time)
    {
        if (time < _timersDueFrom) _timersDueFrom = time;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Reject(long time, CommandKind command, int instrument, int participant, long clientOrderId, long orderId, ResultCode code) =>
        _handler.OnOrderRejected(new OrderRejected(Math.Max(time, _clock), command, instrument, participant, clientOrderId, orderId, code));
}
