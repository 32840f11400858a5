using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>
/// A consumer that checks what it receives: count, checksum of the payloads, and each producer's FIFO order (the
/// counter it expects next from every producer). Together with the final per-producer counts this proves no loss,
/// no duplicate and no reordering within a producer.
/// </summary>
internal struct OrderCheckingHandler : IBatchHandler<TestEvent>
{
    /// <summary>Per producer, the counter expected next.</summary>
    private readonly long[] _next;

    public long Count;
    public long Checksum;
    public long OrderErrors;
    public long Batches;
    public long LastSequence;
    public long SequenceGaps;

    public OrderCheckingHandler(int producers)
    {
        _next = new long[producers];
        LastSequence = Sequence.InitialValue;
    }

    /// <summary>Per producer, how many items arrived in order.</summary>
    public readonly long[] NextCounters => _next;

    public void OnEvent(ref TestEvent item, long sequence, bool endOfBatch)
    {
        if (sequence != LastSequence + 1) SequenceGaps++;
        LastSequence = sequence;
        Count++;
        Checksum += item.Value;
        if ((ulong)item.Producer >= (ulong)_next.Length || item.Counter != _next[item.Producer] || item.Value != TestEvent.ValueOf(item.Producer, item.Counter))
            OrderErrors++;
        else
            _next[item.Producer]++;
        if (endOfBatch) Batches++;
    }
}
