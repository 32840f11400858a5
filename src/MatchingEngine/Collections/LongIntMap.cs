using System.Numerics;
using System.Runtime.CompilerServices;
using SocialExchange.Matching.Memory;

namespace SocialExchange.Matching.Collections;

/// <summary>
/// Open-addressing hash map from a positive <c>long</c> key to an <c>int</c>, without boxing or per-entry objects.
/// Linear probing with Fibonacci hashing; deletion shifts later entries back, so there are no tombstones and
/// lookups stay short under steady insert/remove churn. Grows (allocating) only when half full.
/// </summary>
internal sealed class LongIntMap
{
    private const long Empty = 0;

    private long[] _keys;
    private int[] _values;
    private int _mask;
    private int _shift;
    private int _count;

    /// <summary>Creates a map that holds <paramref name="expectedCount"/> entries before it first grows.</summary>
    public LongIntMap(int expectedCount)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, expectedCount * 2));
        _keys = LargeArray.Allocate<long>(capacity);
        _values = LargeArray.Allocate<int>(capacity);
        // Touch every page now (see RingBuffer): keys land on random pages, so untouched pages would fault one by
        // one on the matching path for as long as the map is filling.
        Array.Fill(_keys, 0L);
        Array.Fill(_values, 0);
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
    }

    /// <summary>Number of entries.</summary>
    public int Count => _count;

    /// <summary>
    /// Home slot of a key: the key's low 3 bits pick a slot inside an 8-slot group (one 64-byte line of keys), the
    /// rest is Fibonacci-hashed to pick the group. Keys that differ only in their low 3 bits (a client counting its
    /// order ids upwards) share a cache line, so inserting a run of them costs one miss instead of eight; keys that
    /// differ higher up still scatter over the whole table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(long key) =>
        (int)(((ulong)((key >> 3) * -7046029254386353131L) >> _shift) & ~7UL) | (int)(key & 7); // 0x9E3779B97F4A7C15

    /// <summary>Finds the value for <paramref name="key"/> (which must be positive).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(long key, out int value)
    {
        var keys = _keys;
        int slot = SlotOf(key);
        while (true)
        {
            long k = keys[slot];
            if (k == key) { value = _values[slot]; return true; }
            if (k == Empty) { value = 0; return false; }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds <paramref name="key"/>; returns false (and changes nothing) when it is already present.</summary>
    public bool TryAdd(long key, int value)
    {
        if (_count * 2 >= _keys.Length) Grow();
        var keys = _keys;
        int slot = SlotOf(key);
        while (true)
        {
            long k = keys[slot];
            if (k == key) return false;
            if (k == Empty)
            {
                keys[slot] = key;
                _values[slot] = value;
                _count++;
                return true;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Removes <paramref name="key"/>; returns false when it was not present.</summary>
    public bool Remove(long key)
    {
        var keys = _keys;
        int slot = SlotOf(key);
        while (true)
        {
            long k = keys[slot];
            if (k == Empty) return false;
            if (k == key) break;
            slot = (slot + 1) & _mask;
        }
        // Backward-shift deletion: move each later entry of the probe run into the hole if its home slot
        // does not lie cyclically between the hole and its current slot.
        int hole = slot;
        int next = (hole + 1) & _mask;
        while (keys[next] != Empty)
        {
            int home = SlotOf(keys[next]);
            bool homeBetweenHoleAndNext = hole <= next ? home > hole && home <= next : home > hole || home <= next;
            if (!homeBetweenHoleAndNext)
            {
                keys[hole] = keys[next];
                _values[hole] = _values[next];
                hole = next;
            }
            next = (next + 1) & _mask;
        }
        keys[hole] = Empty;
        _count--;
        return true;
    }

    /// <summary>Every entry, in slot order (for validation, not for anything ordered).</summary>
    public IEnumerable<(long Key, int Value)> Entries()
    {
        for (int i = 0; i < _keys.Length; i++)
            if (_keys[i] != Empty) yield return (_keys[i], _values[i]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var oldKeys = _keys;
        var oldValues = _values;
        int capacity = oldKeys.Length * 2;
        _keys = LargeArray.Allocate<long>(capacity);
        _values = LargeArray.Allocate<int>(capacity);
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _count = 0;
        for (int i = 0; i < oldKeys.Length; i++)
            if (oldKeys[i] != Empty) TryAdd(oldKeys[i], oldValues[i]);
    }
}
