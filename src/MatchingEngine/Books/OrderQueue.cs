using SocialExchange.Matching.Orders;

namespace SocialExchange.Matching.Books;

/// <summary>A FIFO of pooled orders linked through the pool: market orders waiting in a call phase.</summary>
internal struct OrderQueue
{
    public int Head;
    public int Tail;
    public int Count;
    public long Quantity;

    public static OrderQueue Empty => new() { Head = -1, Tail = -1 };

    public void Append(OrderPool pool, int index)
    {
        ref var order = ref pool[index];
        order.Prev = Tail;
        order.Next = -1;
        order.State = OrderState.QueuedMarket;
        if (Tail >= 0) pool[Tail].Next = index; else Head = index;
        Tail = index;
        Count++;
        Quantity += order.Remaining;
    }

    public void Unlink(OrderPool pool, int index)
    {
        ref var order = ref pool[index];
        if (order.Prev >= 0) pool[order.Prev].Next = order.Next; else Head = order.Next;
        if (order.Next >= 0) pool[order.Next].Prev = order.Prev; else Tail = order.Prev;
        order.Prev = -1;
        order.Next = -1;
        Count--;
        Quantity -= order.Remaining;
    }
}
