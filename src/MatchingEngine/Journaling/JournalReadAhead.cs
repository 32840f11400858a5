using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Reads and checks a journal on a thread of its own, a batch of records ahead of the thread that applies them:
/// the replay's reading (file reads, frame and sequence checks, CRC-32C, the copy) then overlaps the engine's work
/// instead of adding to it. Batches go through a small <see cref="RingBuffer{T}"/> of <see cref="ReplayBatch"/>
/// slots, one publication per few thousand records, so the two threads touch a shared cache line once per batch.
/// </summary>
/// <remarks>
/// <para>
/// The reader's semantics are kept: every record before a problem is delivered first, then the last batch carries
/// the torn-tail warning or the exception (<see cref="JournalCorruptedException"/>, an I/O error) for the applying
/// thread to report as the one-thread reader would have.
/// </para>
/// <para>
/// A per-record hand-off (a decoded command per ring slot, one publication each) was measured slower than one
/// thread in November; this one hands over whole batches. bench/README.md, "Recovery", has the paired figures.
/// </para>
/// </remarks>
internal sealed class JournalReadAhead : IDisposable
{
    /// <summary>Batches in flight: enough for the reader to stay ahead through a slow stretch of the engine.</summary>
    private const int Slots = 8;

    /// <summary>Bytes per batch: room for the largest record twice over, or about 2,000 order commands.</summary>
    private const int BatchBytes = 2 * (RecordHeader + JournalRecordLayout.MaxPayloadLength);

    /// <summary>Bytes before each payload in a batch (see <see cref="ReplayBatch"/>).</summary>
    public const int RecordHeader = 8;

    private readonly JournalReader _reader;
    private readonly RingBuffer<ReplayBatch> _ring;
    private readonly SequenceBarrier _barrier;
    private readonly Sequence _applied = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private long _next;

    /// <summary>Opens the journal on the calling thread (so a missing directory throws here) and starts reading.</summary>
    public JournalReadAhead(string directory, long fromSequence)
    {
        _reader = new JournalReader(directory, fromSequence);
        _ring = RingBuffer<ReplayBatch>.CreateSingleProducer(Slots, new YieldingWaitStrategy());
        for (int i = 0; i < Slots; i++) _ring[i].Bytes = new byte[BatchBytes];
        _ring.AddGatingSequences(_applied);
        _barrier = _ring.NewBarrier();
        _next = 0;
        _thread = new Thread(ReadAll) { Name = "sx-journal-read", IsBackground = true };
        _thread.Start();
    }

    /// <summary>Waits for the next batch; the reference is valid until <see cref="Release"/>.</summary>
    public ref readonly ReplayBatch Take()
    {
        _barrier.WaitFor(_next);
        return ref _ring[_next];
    }

    /// <summary>Gives the batch from <see cref="Take"/> back to the reader.</summary>
    public void Release() => _applied.SetValue(_next++);

    /// <summary>Stops the reader (if it is still reading) and waits for its thread.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
    }

    // Runs once per start over millions of items: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadAll()
    {
        long last = 0;
        try
        {
            long sequence = _ring.Claim(_stop.Token);
            ref var batch = ref _ring[sequence];
            batch.Length = 0;
            JournalWarning? warning = null;
            ExceptionDispatchInfo? failure = null;
            try
            {
                while (_reader.TryRead(out var record))
                {
                    var payload = record.Payload.Span;
                    if (batch.Length + RecordHeader + payload.Length > batch.Bytes.Length)
                    {
                        batch.LastSequence = last;
                        batch.IsLast = false;
                        _ring.Publish(sequence);
                        sequence = _ring.Claim(_stop.Token);
                        batch = ref _ring[sequence];
                        batch.Length = 0;
                    }
                    var into = batch.Bytes.AsSpan(batch.Length);
                    BinaryPrimitives.WriteInt32LittleEndian(into, payload.Length);
                    BinaryPrimitives.WriteInt32LittleEndian(into[4..], (int)record.Type);
                    payload.CopyTo(into[RecordHeader..]);
                    batch.Length += RecordHeader + payload.Length;
                    last = record.Sequence;
                }
                warning = _reader.Warning;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            batch.LastSequence = last;
            batch.IsLast = true;
            batch.Warning = warning;
            batch.Failure = failure;
            _ring.Publish(sequence);
        }
        catch (OperationCanceledException)
        {
            // The applying thread stopped (an engine error): nobody waits for the rest.
        }
        finally
        {
            _reader.Dispose();
        }
    }
}
