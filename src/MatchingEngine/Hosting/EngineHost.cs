using System.Diagnostics;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// The matching engine as a running exchange process: commands from any number of threads enter one ring, are
/// journaled and matched in parallel, and each caller is acknowledged once its command is both matched and durable.
/// <code>
///   producers ── TryPublish / SubmitAsync ──▶ inbound ring (multi-producer claim, bounded: back-pressure)
///     (1)  sequencer   stamps engine time, once per batch (on the journal's thread when there is a journal)
///     (2a) journal     appends, commits per batch (group commit) ──▶ durable sequence
///     (2b) matching    the engine applies it ──▶ events + completion ──▶ outbound ring (single producer)
///          (2a) and (2b) both run after (1), in parallel; a slot is reused once both have passed it
///     (3)  fan-out     waits for durability, acknowledges callers, feeds the sinks (market data, statistics)
/// </code>
/// Each stage is a <see cref="BatchEventProcessor{T, THandler}"/> on a thread of its own (the sequencer shares
/// the journal's, see <see cref="JournalStage"/>). Recovery happens in
/// <see cref="Start"/> (newest usable snapshot plus journal tail, see <see cref="EngineRecovery"/>);
/// <see cref="Stop"/> refuses new commands, drains both rings, flushes the journal and writes a snapshot.
/// </summary>
public sealed class EngineHost : IDisposable
{
    private readonly EngineHostOptions _options;
    private readonly HostState _state;
    private readonly RingBuffer<InboundSlot> _inbound;
    private readonly RingBuffer<OutboundEvent> _outbound;
    private readonly MatchingEngine<OutboundEventWriter> _engine;
    private readonly MatchingContext _context;
    private readonly JournalWriter? _journal;
    private readonly long _sequenceOffset;
    private readonly PendingCallPool _calls = new();
    private readonly SnapshotStore? _snapshots;
    private readonly SnapshotScheduler _snapshotScheduler;
    private readonly BatchEventProcessor<InboundSlot, SequencerStage>? _sequencer;
    private readonly BatchEventProcessor<InboundSlot, JournalStage>? _journalStage;
    private readonly BatchEventProcessor<InboundSlot, MatchingStage> _matching;
    private readonly BatchEventProcessor<OutboundEvent, FanOutStage> _fanOut;
    private readonly List<Thread> _threads = [];
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Lock _listingLock = new();
    // Instruments listed or being listed, with their currency: a listing is checked against them before it is
    // journaled (a duplicate id, or a currency beyond what an engine with accounts keeps, must never reach the journal).
    private readonly Dictionary<int, string> _instrumentCurrencies;
    private readonly Lock _stopLock = new();
    private Timer? _timeAdvance;
    private int _inFlight;
    private int _waitingForRoom;
    private readonly SemaphoreSlim _roomQueue = new(1, 1);
    private string? _placementFailure;

    private EngineHost(EngineHostOptions options)
    {
        _options = options;
        _state = new HostState(reason => options.Log?.Invoke("engine host failed: " + reason));
        _inbound = RingBuffer<InboundSlot>.CreateMultiProducer(options.InboundRingSize, options.WaitStrategy());
        _outbound = RingBuffer<OutboundEvent>.CreateSingleProducer(options.OutboundRingSize, options.WaitStrategy());
        _context = new MatchingContext { Muted = true };
        var events = new OutboundEventWriter(_outbound, _context);

        // Recovery: the events of replayed commands were published before the restart, so they stay muted.
        _snapshots = options.SnapshotDirectory is null ? null : new SnapshotStore(options.SnapshotDirectory, options.SnapshotsKept);
        if (options.JournalDirectory is null)
        {
            _engine = new MatchingEngine<OutboundEventWriter>(options.Engine, events);
            RecoveryReport = "no journal: a new market";
        }
        else
        {
            var recovered = EngineRecovery.Recover(options.JournalDirectory, _snapshots, options.Engine, events, options.Journal);
            _engine = recovered.Engine;
            _journal = recovered.Journal;
            _context.MatchedSequence = recovered.LastSequence;
            RecoveryReport = recovered.Describe();
        }
        options.Log?.Invoke("engine host recovered: " + RecoveryReport);
        _context.Muted = false;
        _sequenceOffset = (_journal?.NextSequence ?? 1);
        _instrumentCurrencies = _engine.Instruments.ToDictionary(i => i.Id, i => i.Currency);

        // (1) sequencer, then (2a) journal and (2b) matching in parallel, then (3) fan-out on the outbound ring.
        // With a journal, the sequencer runs on the journal's thread (see JournalStage); without, on its own.
        var durable = _journal is null ? null : new Sequence(_journal.DurableSequence);
        _snapshotScheduler = new SnapshotScheduler(_snapshots, durable, _state, AfterSnapshot);
        var stamping = new SequencerStage(options.Clock);
        stamping.StartFrom(_engine.Clock);
        Sequence stamped;
        if (_journal is not null)
        {
            stamped = new Sequence();
            _journalStage = new BatchEventProcessor<InboundSlot, JournalStage>(
                _inbound, _inbound.NewBarrier(), new JournalStage(_journal, _sequenceOffset, durable!, _state, stamping, stamped, _inbound.WaitStrategy), options.MaxBatchSize);
        }
        else
        {
            _sequencer = new BatchEventProcessor<InboundSlot, SequencerStage>(_inbound, _inbound.NewBarrier(), stamping, options.MaxBatchSize);
            stamped = _sequencer.Sequence;
        }
        _matching = new BatchEventProcessor<InboundSlot, MatchingStage>(
            _inbound, _inbound.NewBarrier(stamped), new MatchingStage(_engine, events, _context, _sequenceOffset, _snapshotScheduler), options.MaxBatchSize);
        _inbound.AddGatingSequences(_journalStage is null ? [_matching.Sequence] : [_journalStage.Sequence, _matching.Sequence]);
        _fanOut = new BatchEventProcessor<OutboundEvent, FanOutStage>(
            _outbound, _outbound.NewBarrier(), new FanOutStage(_calls, durable, _state, [.. options.Sinks]));
        _outbound.AddGatingSequences(_fanOut.Sequence);
    }

    /// <summary>How recovery went: snapshot used, snapshots skipped, records replayed, journal repairs.</summary>
    public string RecoveryReport { get; }

    /// <summary>Running, failed, stopping or stopped.</summary>
    public HostStatus Status => _state.Status;

    /// <summary>Status and the sequences of each stage, for health checks.</summary>
    public HostHealth Health => new(
        _state.Status, _state.Reason, _inbound.Cursor + _sequenceOffset, _context.MatchedSequence,
        _journal?.DurableSequence ?? _context.MatchedSequence, _inbound.RemainingCapacity());

    /// <summary>The last command acknowledged to its caller (or reported not durable).</summary>
    public long Acknowledged => _fanOut.Handler.Acknowledged;

    /// <summary>
    /// Recovers (see <see cref="EngineRecovery"/>), lists the configured instruments the market does not have yet,
    /// and starts the stage threads.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not valid (the message names every problem), or a stage thread could not be pinned to its CPUs.</exception>
    /// <exception cref="RecoveryException">The journal and snapshots cannot be made into a consistent state.</exception>
    /// <exception cref="JournalCorruptedException">The journal is corrupted and repair was not asked for.</exception>
    public static EngineHost Start(EngineHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var host = new EngineHost(options);
        if (host.StartThreads() is { } placementFailure)
        {
            // Nothing was published: stopping a failed host halts the other stages and releases the journal, without a snapshot.
            host._state.Set(HostStatus.Failed, placementFailure);
            host.Stop();
            throw new ArgumentException($"the engine host could not start: {placementFailure}", nameof(options));
        }
        host._state.Set(HostStatus.Running);
        foreach (var spec in options.Instruments)
        {
            if (host._engine.Instruments.Any(i => i.Id == spec.Id)) continue;
            var outcome = host.ListInstrumentAsync(spec).AsTask().GetAwaiter().GetResult();
            if (outcome.Status != CommandStatus.Acknowledged)
            {
                host.Stop();
                throw new ArgumentException($"instrument {spec.Id} ({spec.Symbol}) could not be listed: {outcome}", nameof(options));
            }
        }
        if (options.TimeAdvanceInterval is { } interval) host._timeAdvance = new Timer(_ => host.AdvanceTime(), null, interval, interval);
        return host;
    }

    /// <summary>
    /// Publishes a command without waiting for its acknowledgement (its events still reach the sinks). Returns false,
    /// and changes nothing, when the inbound ring is full (back-pressure: try again later) or the host is not running.
    /// </summary>
    /// <param name="command">The command; its time is stamped by the sequencer.</param>
    /// <param name="sequence">The journal sequence it was given.</param>
    public bool TryPublish(in EngineCommand command, out long sequence)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            sequence = 0;
            if (_state.Status != HostStatus.Running || !_inbound.TryClaim(out long slot)) return false;
            Fill(slot, in command, null, -1);
            sequence = slot + _sequenceOffset;
            return true;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>
    /// Publishes as many of <paramref name="commands"/> as the inbound ring has room for, in order, with one claim
    /// for the lot (a gateway reading a batch off the network, a simulation's burst), without waiting for
    /// acknowledgements. Returns how many were published: the rest is for a later call (back-pressure); zero when
    /// the ring is full or the host is not running.
    /// </summary>
    public int TryPublish(ReadOnlySpan<EngineCommand> commands)
    {
        if (commands.IsEmpty) return 0;
        Interlocked.Increment(ref _inFlight);
        try
        {
            if (_state.Status != HostStatus.Running) return 0;
            int count = (int)Math.Min(commands.Length, _inbound.RemainingCapacity());
            if (count == 0 || !_inbound.TryClaim(count, out long last)) return 0;
            long first = last - count + 1;
            long publishedAt = Stopwatch.GetTimestamp();
            for (int i = 0; i < count; i++)
            {
                ref var item = ref _inbound[first + i];
                item.Command = commands[i];
                item.Listing = null;
                item.PendingCall = -1;
                item.PublishedAt = publishedAt;
            }
            _inbound.Publish(first, last);
            return count;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>
    /// Submits a command and completes once it is matched and durable (<see cref="CommandStatus.Acknowledged"/>,
    /// with the engine's result code), or is refused (host not running, cancelled while the ring was full), or was
    /// lost to a journal failure (<see cref="CommandStatus.NotDurable"/>). Waits for room when the ring is full.
    /// No allocation when the ring has room and the result is awaited once.
    /// </summary>
    public ValueTask<CommandOutcome> SubmitAsync(EngineCommand command, CancellationToken cancellationToken = default) =>
        Submit(command, null, cancellationToken);

    /// <summary>
    /// Lists an instrument through the ring, so the journal records it at its place in the command stream. A
    /// specification that is not valid, or an id already listed, is refused before it enters, naming the problem.
    /// </summary>
    public ValueTask<CommandOutcome> ListInstrumentAsync(InstrumentSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = spec.Validate();
        if (problems.Count > 0)
            return ValueTask.FromResult(CommandOutcome.Refused($"instrument {spec.Id} ({spec.Symbol}) is not valid: {string.Join("; ", problems)}"));
        lock (_listingLock)
        {
            // Checked and reserved here, before the journal sees it: a listing the engine would refuse must never
            // be journaled, or every replay would fail on it.
            if (_instrumentCurrencies.ContainsKey(spec.Id)) return ValueTask.FromResult(CommandOutcome.Refused($"instrument id {spec.Id} is already listed"));
            var currencies = _instrumentCurrencies.Values.ToHashSet();
            if (_options.Engine.Accounts && !currencies.Contains(spec.Currency) && currencies.Count >= Money.MaxCurrencies)
                return ValueTask.FromResult(CommandOutcome.Refused(
                    $"instrument {spec.Id} ({spec.Symbol}) would bring a currency ({spec.Currency}) beyond the {Money.MaxCurrencies} an engine with accounts keeps"));
            _instrumentCurrencies.Add(spec.Id, spec.Currency);
        }
        return Submit(new EngineCommand(), spec, cancellationToken);
    }

    /// <summary>Asks the matching thread for a snapshot between two batches; completes when it is on disk.</summary>
    public Task<SnapshotWritten> SnapshotAsync()
    {
        // Only a running host has a matching thread to serve the request (Stop writes its own snapshot).
        if (_state.Status != HostStatus.Running) return Task.FromException<SnapshotWritten>(new InvalidOperationException("no snapshot: " + NotRunning()));
        var written = _snapshotScheduler.Request();
        AdvanceTime(); // wakes the matching thread if the ring is idle, so the request is served at once
        return written;
    }

    /// <summary>
    /// Refuses new commands, lets the stages finish what is in the rings, flushes and closes the journal and, unless
    /// the journal failed, writes a snapshot. Safe to call more than once.
    /// </summary>
    public void Stop()
    {
        lock (_stopLock)
        {
            if (_state.Status == HostStatus.Stopped) return;
            bool failed = _state.Status == HostStatus.Failed;
            string? reason = _state.Reason;
            if (!failed) _state.Set(HostStatus.Stopping);
            _timeAdvance?.Dispose();
            SpinUntil(() => Volatile.Read(ref _inFlight) == 0);
            long published = _inbound.Cursor;
            SpinUntil(() => _matching.Sequence.Value >= published && (_journalStage is null || _journalStage.Sequence.Value >= published));
            long emitted = _outbound.Cursor;
            SpinUntil(() => _fanOut.Sequence.Value >= emitted);
            _shutdown.Cancel();
            _sequencer?.Halt();
            _journalStage?.Halt();
            _matching.Halt();
            _fanOut.Halt();
            foreach (var thread in _threads) thread.Join();
            _snapshotScheduler.WaitForSaves(); // a snapshot captured before the stop is on disk before the one below
            _snapshotScheduler.RefusePending("the engine host stopped before the matching thread could take it");
            _journal?.Dispose();
            bool journalSound = !_state.JournalHasFailed && _journal?.Status != JournalWriterStatus.Failed;
            if (_options.SnapshotOnStop && _snapshots is not null && journalSound && !failed)
            {
                AfterSnapshot(_snapshots.Write(_engine, _context.MatchedSequence));
            }
            _state.Set(HostStatus.Stopped, failed ? reason : null);
        }
    }

    /// <summary>Logs a snapshot and archives the journal segments no kept snapshot needs any more.</summary>
    private void AfterSnapshot(SnapshotWritten written)
    {
        _options.Log?.Invoke($"engine host wrote snapshot {written.Path} at sequence {written.Sequence} ({written.Bytes} bytes, matching paused {written.Pause.TotalMilliseconds:F1} ms)");
        if (!_options.ArchiveCoveredSegments || _options.JournalDirectory is null || _snapshots?.Oldest is not { } oldest) return;
        try
        {
            var moved = JournalArchiver.ArchiveBefore(_options.JournalDirectory, oldest.Sequence + 1);
            if (moved.Count > 0) _options.Log?.Invoke($"engine host archived {moved.Count} journal segment(s) before sequence {oldest.Sequence + 1}");
        }
        catch (IOException e)
        {
            // Archiving only saves restart time: a failure is logged, not fatal.
            _options.Log?.Invoke($"engine host could not archive journal segments: {e.Message}");
        }
    }

    /// <summary>The engine's state hash; only once stopped, when no thread is changing the engine.</summary>
    public ulong StateHash()
    {
        if (_state.Status != HostStatus.Stopped) throw new InvalidOperationException("the state hash can only be read once the host has stopped");
        return _engine.StateHash();
    }

    /// <summary>
    /// The engine's accounts, for statements and reports; only once stopped, when no thread is changing the engine
    /// (live queries will go through the ring with the gateway).
    /// </summary>
    public IAccountQueries AccountsAfterStop =>
        _state.Status == HostStatus.Stopped ? _engine : throw new InvalidOperationException("accounts can only be read once the host has stopped");

    /// <summary>Stops the host (see <see cref="Stop"/>).</summary>
    public void Dispose() => Stop();

    private ValueTask<CommandOutcome> Submit(EngineCommand command, InstrumentSpec? listing, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _inFlight);
        bool handedOff = false;
        try
        {
            if (_state.Status != HostStatus.Running) return Refuse(listing, NotRunning());
            // Once anyone waits for room, later submits queue behind them, so a caller's commands keep their order.
            if (Volatile.Read(ref _waitingForRoom) > 0 || !_inbound.TryClaim(out long slot))
            {
                handedOff = true;
                return SubmitWhenRoom(command, listing, cancellationToken);
            }
            var call = _calls.Rent();
            Fill(slot, in command, listing, call.Index);
            return call.Task;
        }
        finally
        {
            if (!handedOff) Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>
    /// The slow path of <see cref="Submit"/>: waits for a slot (back-pressure). Waiters take slots one at a time in
    /// arrival order (<see cref="SemaphoreSlim"/> queues async waiters first come, first served), so commands that
    /// one caller submits without awaiting each still enter in the order submitted. Leaves the in-flight count when done.
    /// </summary>
    private async ValueTask<CommandOutcome> SubmitWhenRoom(EngineCommand command, InstrumentSpec? listing, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waitingForRoom); // before the first await: the caller's next submit sees it
        PendingCall call;
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown.Token);
            try
            {
                await _roomQueue.WaitAsync(linked.Token).ConfigureAwait(false);
                try
                {
                    long slot = await _inbound.ClaimAsync(linked.Token).ConfigureAwait(false);
                    call = _calls.Rent();
                    Fill(slot, in command, listing, call.Index);
                }
                finally
                {
                    _roomQueue.Release();
                }
            }
            catch (OperationCanceledException)
            {
                return Forget(listing, CommandOutcome.Refused(cancellationToken.IsCancellationRequested
                    ? "cancelled while waiting for room in the inbound ring"
                    : NotRunning()));
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waitingForRoom);
            Interlocked.Decrement(ref _inFlight);
        }
        return await call.Task.ConfigureAwait(false);
    }

    private void Fill(long slot, in EngineCommand command, InstrumentSpec? listing, int pendingCall)
    {
        ref var item = ref _inbound[slot];
        item.Command = command;
        item.Listing = listing;
        item.PendingCall = pendingCall;
        item.PublishedAt = Stopwatch.GetTimestamp();
        _inbound.Publish(slot);
    }

    private ValueTask<CommandOutcome> Refuse(InstrumentSpec? listing, string problem) => ValueTask.FromResult(Forget(listing, CommandOutcome.Refused(problem)));

    /// <summary>A refused listing gives its id back.</summary>
    private CommandOutcome Forget(InstrumentSpec? listing, CommandOutcome outcome)
    {
        if (listing is not null) lock (_listingLock) _instrumentCurrencies.Remove(listing.Id);
        return outcome;
    }

    private string NotRunning() => $"the engine host is {_state.Status.ToString().ToLowerInvariant()}" + (_state.Reason is { } reason ? ": " + reason : "");

    private void AdvanceTime() => TryPublish(EngineCommand.From(new AdvanceTime(0)), out _);

    /// <summary>
    /// Starts the stage threads and waits until each has pinned itself to its CPUs (<see cref="EngineHostOptions.Affinity"/>).
    /// Returns why a thread could not be pinned (that thread then never runs its stage), or null.
    /// </summary>
    private string? StartThreads()
    {
        var affinity = _options.Affinity;
        using var placed = new CountdownEvent(3); // the sequencer's thread (with or without the journal), matching, fan-out
        if (_sequencer is not null) StartThread("sequencer", _sequencer.Run, affinity?.Journal, placed);
        if (_journalStage is not null) StartThread("sequencer-journal", _journalStage.Run, affinity?.Journal, placed);
        StartThread("matching", _matching.Run, affinity?.Matching, placed);
        StartThread("fan-out", _fanOut.Run, affinity?.FanOut, placed);
        placed.Wait();
        return Volatile.Read(ref _placementFailure);
    }

    private void StartThread(string stage, Action run, IReadOnlyList<int>? cpus, CountdownEvent placed)
    {
        var thread = new Thread(() =>
        {
            try
            {
                if (cpus is not null) ThreadAffinity.PinCurrentThread(cpus);
            }
            catch (Exception e)
            {
                // Whatever the reason (refused CPU, no libc call on this system), Start reports it instead of the process dying.
                Interlocked.CompareExchange(ref _placementFailure, $"the {stage} thread could not be placed: {e.Message}", null);
                return; // Start fails the host; this stage never runs
            }
            finally
            {
                placed.Signal();
            }
            try
            {
                run();
            }
            catch (Exception e)
            {
                // A bug: the host fails loudly rather than carrying on with a stage missing.
                _state.StageCrashed(stage, e);
                _shutdown.Cancel();
                _calls.CompleteAll(new CommandOutcome(CommandStatus.NotDurable, 0, Results.ResultCode.Ok, 0, _state.Reason));
            }
        })
        {
            IsBackground = true,
            Name = "sx-" + stage,
        };
        _threads.Add(thread);
        thread.Start();
    }

    /// <summary>Waits for the stages to catch up; gives up when a stage thread has died (its crash already failed the host).</summary>
    private void SpinUntil(Func<bool> condition)
    {
        while (!condition())
        {
            if (_threads.Any(t => !t.IsAlive)) return;
            Thread.Sleep(1);
        }
    }
}
