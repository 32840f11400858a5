using System.Runtime.InteropServices;

namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// A position in a ring, shared between threads: the producers' cursor, a consumer's progress, a cached gating
/// minimum. One thread writes it (or several through <see cref="CompareAndSet"/>); others read it.
/// </summary>
/// <remarks>
/// <para>
/// The counter sits alone on its cache line: 56 bytes of padding on each side (explicit layout, checked by
/// <c>SequenceLayoutTests</c>). Without it, two sequences allocated next to each other (a consumer's and the
/// cursor) share a 64-byte line and every write by one thread evicts the line from the other core's cache
/// ("false sharing"), which costs more than the rest of a publish.
/// </para>
/// <para>
/// Memory ordering: <see cref="Value"/> is an acquire load (<c>Volatile.Read</c>): loads and
/// stores written after it in program order are not moved before it. <see cref="SetValue"/> is a release store
/// (<c>Volatile.Write</c>): loads and stores written before it are not moved after it.
/// That pair is the whole publication protocol: the writer fills a slot, then releases the sequence; a reader that
/// acquires the new value sees the filled slot. <see cref="CompareAndSet"/> and <see cref="SetValueVolatile"/> are
/// full fences (interlocked instructions), for the rare places that also need store-then-load ordering.
/// </para>
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = PaddingBytes + sizeof(long) + PaddingBytes)]
public sealed class Sequence
{
    /// <summary>The value of a sequence before anything was claimed or processed: the ring's slot 0 is sequence 0.</summary>
    public const long InitialValue = -1;

    /// <summary>Bytes of padding before and after the counter: a 64-byte line less the counter itself.</summary>
    internal const int PaddingBytes = 56;

    /// <summary>The counter; only touched through <see cref="Volatile"/> and <see cref="Interlocked"/>.</summary>
    [FieldOffset(PaddingBytes)]
    private long _value;

    /// <summary>
    /// Never used: it ends the trailing padding. The runtime ignores <see cref="StructLayoutAttribute.Size"/> on a
    /// class and makes the object only as long as its last field, so without this field the counter would be the
    /// last 8 bytes of the object, right before the next object's header.
    /// </summary>
#pragma warning disable CS0169 // the field exists only for its place in the layout
    [FieldOffset(PaddingBytes + sizeof(long) + PaddingBytes - sizeof(long))]
    private readonly long _endOfPadding;
#pragma warning restore CS0169

    /// <summary>Creates a sequence at <paramref name="initialValue"/> (by default <see cref="InitialValue"/>).</summary>
    public Sequence(long initialValue = InitialValue) => _value = initialValue;

    /// <summary>The current value, read with acquire semantics.</summary>
    public long Value => Volatile.Read(ref _value);

    /// <summary>Sets the value with release semantics: everything this thread wrote before is visible to a reader that sees the new value.</summary>
    public void SetValue(long value) => Volatile.Write(ref _value, value);

    /// <summary>
    /// Sets the value with a full fence: like <see cref="SetValue"/>, and loads written after it are not moved
    /// before it (the store-then-load ordering a release store does not give).
    /// </summary>
    public void SetValueVolatile(long value) => Interlocked.Exchange(ref _value, value);

    /// <summary>Atomically sets the value to <paramref name="value"/> if it is <paramref name="expected"/>; a full fence either way.</summary>
    public bool CompareAndSet(long expected, long value) => Interlocked.CompareExchange(ref _value, value, expected) == expected;

    /// <summary>Atomically adds <paramref name="increment"/> and returns the new value; a full fence.</summary>
    public long AddAndGet(long increment) => Interlocked.Add(ref _value, increment);

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
