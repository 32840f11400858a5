using System.Runtime.CompilerServices;
using SocialExchange.Matching.Memory;

namespace SocialExchange.Matching.Orders;

/// <summary>
/// Preallocated slots for every order of every instrument. Shared across books on purpose: one pool keeps the
/// working set small when hundreds of instruments trade (a bare prototype lost 2-3x with one pool per book).
/// Free slots form a stack through <see cref="Order.Next"/>, so the most recently freed (cache-warm) slot is reused
/// first. The pool doubles when exhausted: an allocation at a new high-water mark, never in steady state.
/// </summary>
internal sealed class OrderPool
{
    private Order[] _orders;
    private int _freeHead;
    private int _live;

    /// <summary>Creates a pool with room for <paramref name="capacity"/> orders before it first grows.</summary>
    public OrderPool(int capacity)
    {
        _orders = LargeArray.Allocate<Order>(Math.Max(16, capacity));
        _freeHead = -1;
        LinkFree(0, _orders.Length);
    }

    /// <summary>Orders currently in use.</summary>
    public int LiveCount => _live;

    /// <summary>Slots allocated so far.</summary>
    public int Capacity => _orders.Length;

    /// <summary>The order in slot <paramref name="index"/>.</summary>
    public ref Order this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _orders[index];
    }

    /// <summary>Takes a free slot, marks it <see cref="OrderState.Incoming"/> and returns its index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Rent()
    {
        if (_freeHead < 0) Grow();
        int index = _freeHead;
        ref var order = ref _orders[index];
        _freeHead = order.Next;
        order.State = OrderState.Incoming;
        order.Prev = -1;
        order.Next = -1;
        _live++;
        return index;
    }

    /// <summary>Returns slot <paramref name="index"/> to the free list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Return(int index)
    {
        ref var order = ref _orders[index];
        order.State = OrderState.Free;
        order.OrderId = 0;
        order.Next = _freeHead;
        _freeHead = index;
        _live--;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        int old = _orders.Length;
        var grown = LargeArray.Allocate<Order>(old * 2);
        Array.Copy(_orders, grown, old);
        _orders = grown;
        LinkFree(old, _orders.Length);
    }

    // Runs once per start over millions of items: optimised at once, not first as tier-0 code (bench/README.md, "Recovery").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LinkFree(int from, int to)
    {
        for (int i = to - 1; i >= from; i--)
        {
            _orders[i].State = OrderState.Free;
            _orders[i].Next = _freeHead;
            _freeHead = i;
        }
    }
}
