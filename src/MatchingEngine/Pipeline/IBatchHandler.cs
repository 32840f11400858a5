namespace SocialExchange.Matching.Pipeline;

/// <summary>
/// What a <see cref="BatchEventProcessor{T, THandler}"/> does with each slot. Implement it on a struct and pass the
/// struct as the processor's type argument, so the JIT compiles a processor for that handler and inlines the call.
/// </summary>
/// <typeparam name="T">The ring's slot type.</typeparam>
public interface IBatchHandler<T>
    where T : struct
{
    /// <summary>
    /// Handles the slot of <paramref name="sequence"/>. <paramref name="endOfBatch"/> is true on the last slot
    /// available when the batch began, the moment to flush what was buffered (a journal's group commit, a socket
    /// write). The slot may be modified for consumers that depend on this one; it must not be kept after the call.
    /// An exception is a bug: it leaves the processor's <see cref="BatchEventProcessor{T, THandler}.Run"/>
    /// without moving its sequence past the batch.
    /// </summary>
    void OnEvent(ref T item, long sequence, bool endOfBatch);
}
