namespace SocialExchange.Matching.Accounts;

/// <summary>
/// One instrument's trades waiting for settlement, oldest first. The instrument's settlement delay is fixed and
/// engine time never goes back, so due dates arrive in order and a ring buffer (grown by doubling) is enough.
/// </summary>
internal sealed class SettlementQueue
{
    private PendingSettlement[] _items = new PendingSettlement[64];
    private int _head;

    public int Count { get; private set; }

    /// <summary>Due time of the oldest entry; <see cref="long.MaxValue"/> when empty.</summary>
    public long NextDue => Count == 0 ? long.MaxValue : _items[_head].Due;

    public void Enqueue(in PendingSettlement item)
    {
        if (Count == _items.Length) Grow();
        _items[(_head + Count) & (_items.Length - 1)] = item;
        Count++;
    }

    public PendingSettlement Dequeue()
    {
        var item = _items[_head];
        _head = (_head + 1) & (_items.Length - 1);
        Count--;
        return item;
    }

    /// <summary>The entries oldest first (snapshots, hashing and checks; allocates).</summary>
    public IEnumerable<PendingSettlement> Items()
    {
        for (int i = 0; i < Count; i++) yield return _items[(_head + i) & (_items.Length - 1)];
    }

    private void Grow()
    {
        var items = new PendingSettlement[_items.Length * 2];
        for (int i = 0; i < Count; i++) items[i] = _items[(_head + i) & (_items.Length - 1)];
        _items = items;
        _head = 0;
    }
}
