namespace SocialExchange.Matching.Collections;

/// <summary>
/// Binary min-heap of good-till-date expiries ordered by (time, order id), so orders expiring at the same instant
/// expire in the order they were accepted. Entries are not removed when an order ends early: the engine checks the
/// slot still holds the same order id when an entry comes due (lazy deletion keeps cancels O(1)).
/// </summary>
internal sealed class ExpiryHeap
{
    private Entry[] _entries = new Entry[64];
    private int _count;

    private struct Entry
    {
        public long Time;
        public long OrderId;
        public int Slot;
    }

    public int Count => _count;

    /// <summary>Expiry time of the earliest entry; <c>long.MaxValue</c> when empty.</summary>
    public long PeekTime => _count == 0 ? long.MaxValue : _entries[0].Time;

    public void Push(long time, long orderId, int slot)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, _count * 2);
        int i = _count++;
        var entry = new Entry { Time = time, OrderId = orderId, Slot = slot };
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!Less(entry, _entries[parent])) break;
            _entries[i] = _entries[parent];
            i = parent;
        }
        _entries[i] = entry;
    }

    /// <summary>Removes the earliest entry.</summary>
    public (long Time, long OrderId, int Slot) Pop()
    {
        var top = _entries[0];
        var last = _entries[--_count];
        int i = 0;
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= _count) break;
            if (child + 1 < _count && Less(_entries[child + 1], _entries[child])) child++;
            if (!Less(_entries[child], last)) break;
            _entries[i] = _entries[child];
            i = child;
        }
        if (_count > 0) _entries[i] = last;
        return (top.Time, top.OrderId, top.Slot);
    }

    private static bool Less(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && a.OrderId < b.OrderId);
}
