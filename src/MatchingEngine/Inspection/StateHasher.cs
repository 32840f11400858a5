namespace SocialExchange.Matching.Inspection;

/// <summary>
/// Folds a sequence of 64-bit values into one hash. Used by the engine's <c>StateHash</c> and by anything that must
/// reproduce it from its own representation of the same logical state (the reference book in the tests), so the
/// value depends only on what is added and in which order, never on memory layout.
/// </summary>
public sealed class StateHasher
{
    private ulong _hash = 0xCBF29CE484222325;

    /// <summary>Adds one value.</summary>
    public void Add(long value)
    {
        _hash = (_hash ^ (ulong)value) * 0x100000001B3;
        _hash ^= _hash >> 29;
    }

    /// <summary>Adds an open order, field by field, in a fixed order.</summary>
    public void Add(in OpenOrderView order)
    {
        Add((long)order.Location);
        Add((long)order.Side);
        Add(order.OrderId);
        Add(order.Participant);
        Add(order.ClientOrderId);
        Add((long)order.Type);
        Add((long)order.TimeInForce);
        Add((long)order.Flags);
        Add(order.Price);
        Add(order.StopPrice);
        Add(order.Remaining);
        Add(order.Visible);
        Add(order.DisplaySize);
        Add(order.ExpireTime);
    }

    /// <summary>The hash of everything added so far, avalanched.</summary>
    public ulong Value
    {
        get
        {
            ulong z = _hash;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }
}
