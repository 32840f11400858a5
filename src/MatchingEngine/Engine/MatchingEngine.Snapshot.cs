using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using SocialExchange.Matching.Auctions;
using SocialExchange.Matching.Books;
using SocialExchange.Matching.Inspection;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Snapshots;

namespace SocialExchange.Matching.Engine;

public sealed partial class MatchingEngine<THandler>
{
    // Snapshot layout (little-endian):
    //
    //   0        8          12                 20           24                    24+n        28+n
    //   +--------+----------+------------------+------------+---------------------+-----------+
    //   | magic  | version  | journal sequence | body length| body (n bytes)      | CRC-32C   |
    //   | SXSNAP | int32 = 3| int64            | int32 = n  | options, engine,    | of body   |
    //   | \0\0   |          |                  |            | books with orders   | uint32    |
    //   +--------+----------+------------------+------------+---------------------+-----------+
    //
    // The body is written by WriteBody below, field by field; a new field means a new version. Version 2 added the
    // accounts flag, each order's protection price and the accounts; version 3 the count of open orders, so a restore
    // sizes the order pool and the id map once instead of doubling them as it reads. Versions 1 and 2 are still read.
    private static ReadOnlySpan<byte> SnapshotMagic => "SXSNAP\0\0"u8;

    /// <summary>The snapshot format this build writes and reads.</summary>
    public const int SnapshotFormatVersion = 3;

    /// <summary>The oldest snapshot format this build still reads.</summary>
    public const int OldestReadableSnapshotVersion = 1;

    /// <summary>
    /// Writes the whole engine state (options, clock, random generator, counters, per-participant settings, every
    /// instrument with its state and open orders in priority order) to <paramref name="stream"/>, tagged with the
    /// journal sequence it covers. Call it between commands, on the matching thread: it is the matching pause of a
    /// running host. Cold path: it allocates (a little).
    /// </summary>
    /// <remarks>
    /// To a seekable stream (a file) the body goes straight out through a 64 KiB buffer, checksummed on the way, and the
    /// header's length is filled in afterwards; building the body in memory first (hundreds of megabytes for a
    /// market of millions of orders, grown by doubling) took longer than writing it. Other streams get the
    /// in-memory way.
    /// </remarks>
    public void WriteSnapshot(Stream stream, long journalSequence)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            WriteSnapshotStreamed(stream, journalSequence);
            return;
        }
        using var body = new MemoryStream();
        using (var writer = new SnapshotBodyWriter(body)) WriteBody(writer);
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        using var output = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        output.Write(SnapshotMagic);
        output.Write(SnapshotFormatVersion);
        output.Write(journalSequence);
        output.Write(bytes.Length);
        output.Write(bytes);
        output.Write(Crc32C.Compute(bytes));
    }

    private void WriteSnapshotStreamed(Stream stream, long journalSequence)
    {
        long start = stream.Position;
        using var output = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        output.Write(SnapshotMagic);
        output.Write(SnapshotFormatVersion);
        output.Write(journalSequence);
        output.Write(0); // the body's length, known at the end
        output.Flush();
        var checksummed = new ChecksummedWriteStream(stream);
        using (var writer = new SnapshotBodyWriter(checksummed)) WriteBody(writer);
        if (checksummed.Written > int.MaxValue)
            throw new InvalidOperationException($"the snapshot body is {checksummed.Written:N0} bytes, more than the format's 2 GiB");
        output.Write(checksummed.Checksum);
        output.Flush();
        long end = stream.Position;
        stream.Position = start + 20;
        output.Write((int)checksummed.Written);
        output.Flush();
        stream.Position = end;
    }

    /// <summary>
    /// Rebuilds an engine from a snapshot written by <see cref="WriteSnapshot"/>: the new engine has the same state
    /// hash and, fed the same later commands, emits the same events. Throws <see cref="SnapshotFormatException"/>
    /// naming the problem for a snapshot that is not one, of another version, or damaged.
    /// </summary>
    public static MatchingEngine<THandler> ReadSnapshot(Stream stream, THandler handler, out long journalSequence)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            Span<byte> magic = stackalloc byte[8];
            if (input.Read(magic) != 8 || !magic.SequenceEqual(SnapshotMagic))
                throw new SnapshotFormatException("not a SocialExchange engine snapshot (bad magic number)");
            int version = input.ReadInt32();
            if (version is < OldestReadableSnapshotVersion or > SnapshotFormatVersion)
                throw new SnapshotFormatException($"snapshot format version {version} cannot be read by this build (it reads versions {OldestReadableSnapshotVersion} to {SnapshotFormatVersion})");
            journalSequence = input.ReadInt64();
            int length = input.ReadInt32();
            if (length < 0) throw new SnapshotFormatException($"snapshot body length {length} is negative");
            if (stream.CanSeek) return ReadBodyStreamed(stream, length, handler, version);
            byte[] bytes = input.ReadBytes(length);
            if (bytes.Length != length) throw new SnapshotFormatException($"snapshot is truncated: body has {bytes.Length} of {length} bytes");
            uint expected = input.ReadUInt32();
            uint actual = Crc32C.Compute(bytes);
            if (expected != actual) throw new SnapshotFormatException($"snapshot checksum mismatch (stored {expected:x8}, computed {actual:x8}): the file is damaged");
            return ReadBody(new SnapshotBodyReader(bytes), handler, version);
        }
        catch (EndOfStreamException)
        {
            throw new SnapshotFormatException("snapshot is truncated: it ends inside its header or checksum");
        }
    }

    // Runs once per snapshot over millions of orders: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteBody(SnapshotBodyWriter w)
    {
        w.Write(_options.Seed);
        w.Write(_options.InitialOrderCapacity);
        w.Write(_options.ExpectedParticipants);
        w.Write((byte)_options.MarketData);
        w.Write(_options.Accounts);
        w.Write(_openOrders.Count);

        w.Write(_clock);
        w.Write(_random.State);
        w.Write(_nextOrderId);
        w.Write(_nextMatchId);

        var selfTrade = Enumerable.Range(0, _selfTradePrevention.Length).Where(p => _selfTradePrevention[p] != SelfTradePrevention.None).ToList();
        w.Write(selfTrade.Count);
        foreach (int p in selfTrade) { w.Write(p); w.Write((byte)_selfTradePrevention[p]); }
        var marks = Enumerable.Range(0, _highestClientOrderId.Length).Where(p => _highestClientOrderId[p] != 0).ToList();
        w.Write(marks.Count);
        foreach (int p in marks) { w.Write(p); w.Write(_highestClientOrderId[p]); }
        if (_ledger is not null)
        {
            // Currencies before the books: listing a book must find its currency at the index the live engine gave it.
            w.Write(_ledger.CurrencyCount);
            for (int c = 0; c < _ledger.CurrencyCount; c++) w.Write(_ledger.CurrencyCodeAt(c));
        }

        w.Write(_booksInIdOrder.Count);
        foreach (var book in _booksInIdOrder)
        {
            // The instrument in the journal's listing encoding, so both files describe an instrument the same way.
            var spec = new byte[InstrumentSpecCodec.EncodedLength(book.Spec)];
            InstrumentSpecCodec.Write(book.Spec, 0, spec);
            w.Write(spec.Length);
            w.Write(spec);
            w.Write((byte)book.Phase);
            w.Write(book.PhaseEndTime);
            w.Write(book.NextScheduledTime);
            w.Write((byte)book.NextScheduledAction);
            w.Write(book.StaticReference);
            w.Write(book.LastPrice);
            w.Write(book.Open);
            w.Write(book.High);
            w.Write(book.Low);
            w.Write(book.Volume);
            w.Write(book.TradeCount);
            w.Write((long)(ulong)book.Turnover);
            w.Write((long)(ulong)(book.Turnover >> 64));
            w.Write(book.PublishedBidPrice);
            w.Write(book.PublishedBidQuantity);
            w.Write(book.PublishedAskPrice);
            w.Write(book.PublishedAskQuantity);
            w.Write(book.PublishedIndicative.Price);
            w.Write(book.PublishedIndicative.Volume);
            w.Write(book.PublishedIndicative.Imbalance);
            // The count from the levels' own counts, then the orders straight from the pool: one walk over them,
            // and no list of a million order copies.
            int count = OpenOrderCountOf(book);
            w.Write(count);
            var orders = new SnapshotOrderWriter(w);
            WalkOpenOrders(book, ref orders);
            if (orders.Written != count)
                throw new InvalidOperationException($"instrument {book.Id}: its levels and queues count {count} open orders but {orders.Written} were walked; the snapshot would not read back");
            if (book.Accounts is not null) WriteInstrumentAccounts(w, book.Accounts);
        }
        if (_ledger is not null) WriteLedger(w, _ledger);
    }

    /// <summary>
    /// The body of a file (or any seekable stream) in two passes through a small window: the checksum over the
    /// whole body first, so no byte is parsed before it is known to be intact, then the parse. Reading a large
    /// body twice from the page cache costs less here than holding it whole in fresh memory.
    /// </summary>
    // Runs once per start over millions of items: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static MatchingEngine<THandler> ReadBodyStreamed(Stream stream, int length, THandler handler, int version)
    {
        long bodyStart = stream.Position;
        if (stream.Length - bodyStart < (long)length + 4)
            throw new SnapshotFormatException($"snapshot is truncated: body and checksum need {(long)length + 4} bytes, {stream.Length - bodyStart} remain");
        var window = new byte[Math.Min(SnapshotBodyReader.WindowSize, Math.Max(length, 4))];
        uint actual = 0;
        for (int done = 0; done < length;)
        {
            int chunk = Math.Min(window.Length, length - done);
            stream.ReadExactly(window, 0, chunk);
            actual = Crc32C.Append(actual, window.AsSpan(0, chunk));
            done += chunk;
        }
        stream.ReadExactly(window, 0, 4);
        uint expected = BinaryPrimitives.ReadUInt32LittleEndian(window);
        if (expected != actual) throw new SnapshotFormatException($"snapshot checksum mismatch (stored {expected:x8}, computed {actual:x8}): the file is damaged");
        stream.Position = bodyStart;
        return ReadBody(new SnapshotBodyReader(stream, length), handler, version);
    }

    // Runs once per start over millions of items: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static MatchingEngine<THandler> ReadBody(SnapshotBodyReader r, THandler handler, int version)
    {
        var options = new EngineOptions
        {
            Seed = r.ReadUInt64(),
            InitialOrderCapacity = r.ReadInt32(),
            ExpectedParticipants = r.ReadInt32(),
            MarketData = (MarketDataLevels)r.ReadByte(),
            Accounts = version >= 2 && r.ReadByte() != 0,
        };
        int openOrders = version >= 3 ? r.ReadInt32() : 0;
        if (openOrders < 0) throw new SnapshotFormatException($"snapshot says {openOrders} open orders");
        // Room for every order up front (the pool and the map then never grow while reading); the options keep the
        // larger capacity, a preallocation hint that changes no behaviour.
        if (openOrders > options.InitialOrderCapacity) options = options with { InitialOrderCapacity = openOrders };
        var engine = new MatchingEngine<THandler>(options, handler);
        long clock = r.ReadInt64();
        engine._random = new SplitMix64 { State = r.ReadUInt64() };
        engine._nextOrderId = r.ReadInt64();
        engine._nextMatchId = r.ReadInt64();

        int selfTradeCount = r.ReadInt32();
        for (int i = 0; i < selfTradeCount; i++)
        {
            int participant = r.ReadInt32();
            var mode = (SelfTradePrevention)r.ReadByte();
            engine.EnsureParticipant(participant);
            engine._selfTradePrevention[participant] = mode;
        }
        int markCount = r.ReadInt32();
        for (int i = 0; i < markCount; i++)
        {
            int participant = r.ReadInt32();
            long mark = r.ReadInt64();
            engine.EnsureParticipant(participant);
            engine._highestClientOrderId[participant] = mark;
        }
        if (engine._ledger is not null) ReadCurrencies(r, engine._ledger);

        int books = r.ReadInt32();
        for (int b = 0; b < books; b++)
        {
            int specLength = r.ReadInt32();
            var specBytes = r.ReadBytes(specLength);
            if (specBytes.Length != specLength || !InstrumentSpecCodec.IsWellFormed(specBytes))
                throw new SnapshotFormatException($"instrument {b + 1} of {books} is not a well-formed instrument specification");
            var spec = InstrumentSpecCodec.Read(specBytes).Spec;
            engine.AddInstrument(spec, 0);
            var book = engine._books[spec.Id]!;
            book.Phase = (TradingPhase)r.ReadByte();
            book.PhaseEndTime = r.ReadInt64();
            book.NextScheduledTime = r.ReadInt64();
            book.NextScheduledAction = (ScheduledAction)r.ReadByte();
            book.StaticReference = r.ReadInt64();
            book.LastPrice = r.ReadInt64();
            book.Open = r.ReadInt64();
            book.High = r.ReadInt64();
            book.Low = r.ReadInt64();
            book.Volume = r.ReadInt64();
            book.TradeCount = r.ReadInt64();
            ulong low = (ulong)r.ReadInt64();
            ulong high = (ulong)r.ReadInt64();
            book.Turnover = (Int128)(((UInt128)high << 64) | low);
            book.PublishedBidPrice = r.ReadInt64();
            book.PublishedBidQuantity = r.ReadInt64();
            book.PublishedAskPrice = r.ReadInt64();
            book.PublishedAskQuantity = r.ReadInt64();
            book.PublishedIndicative = new AuctionResult(r.ReadInt64(), r.ReadInt64(), r.ReadInt64());
            int orders = r.ReadInt32();
            for (int i = 0; i < orders; i++) engine.RestoreOrder(book, r, version);
            if (book.Accounts is not null) ReadInstrumentAccounts(r, book.Accounts);
        }
        if (engine._ledger is not null) engine.ReadLedger(r, engine._ledger);
        engine._clock = clock;
        engine._timersDueFrom = long.MinValue; // recomputed exactly by the first command
        engine.ValidateInternalState();
        return engine;
    }

    /// <summary>Puts one order read from a snapshot back where it was; orders arrive in priority order, so appending keeps it.</summary>
    // Runs once per start over millions of items: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RestoreOrder(OrderBook book, SnapshotBodyReader r, int version)
    {
        var location = (OrderLocation)r.ReadByte();
        int slot = _pool.Rent();
        ref var order = ref _pool[slot];
        order.Side = (Side)r.ReadByte();
        order.OrderId = r.ReadInt64();
        order.Participant = r.ReadInt32();
        order.ClientOrderId = r.ReadInt64();
        order.Type = (OrderType)r.ReadByte();
        order.TimeInForce = (TimeInForce)r.ReadByte();
        order.Flags = (OrderFlags)r.ReadByte();
        order.Price = r.ReadInt64();
        order.StopPrice = r.ReadInt64();
        order.Remaining = r.ReadInt64();
        order.Visible = r.ReadInt64();
        order.DisplaySize = r.ReadInt64();
        order.ExpireTime = r.ReadInt64();
        // Version 1 had no accounts, so the protection price is the limit, or unbounded for a market buy.
        order.ProtectionPrice = version >= 2 ? r.ReadInt64() : order.Price != 0 ? order.Price : order.Side == Side.Buy ? long.MaxValue : 0;
        order.Instrument = book.Id;
        if (!_openOrders.TryAdd(KeyOf(order.Participant, order.ClientOrderId), slot))
            throw new SnapshotFormatException($"snapshot holds participant {order.Participant}'s client order id {order.ClientOrderId} twice");
        if (order.TimeInForce == TimeInForce.GoodTillDate) _expiries.Push(order.ExpireTime, order.OrderId, slot);
        switch (location)
        {
            case OrderLocation.Book:
                var ladder = book.Ladder(order.Side);
                if (!ladder.Contains(order.Price)) throw new SnapshotFormatException($"order {order.OrderId} has price {order.Price} outside instrument {book.Id}'s ladder");
                ladder.Append(_pool, slot, ladder.IndexOf(order.Price));
                break;
            case OrderLocation.MarketQueue:
                if (order.Side == Side.Buy) book.MarketBuys.Append(_pool, slot); else book.MarketSells.Append(_pool, slot);
                break;
            case OrderLocation.StopList:
                order.State = OrderState.WaitingForTrigger;
                book.Stops.Add(slot);
                break;
            default:
                throw new SnapshotFormatException($"order {order.OrderId} has unknown location {location}");
        }
    }

    private void EnsureParticipant(int participant)
    {
        if (participant is < 0 or > MaxParticipant) throw new SnapshotFormatException($"participant id {participant} is out of range");
        if (participant >= _selfTradePrevention.Length)
            Array.Resize(ref _selfTradePrevention, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)participant + 1));
        if (participant >= _highestClientOrderId.Length) GrowClientOrderIdMarks(participant);
    }
}
