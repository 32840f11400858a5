using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Pipeline;

/// <summary>Throws for the pipeline's argument and state errors, out of line so the hot paths stay small.</summary>
internal static class PipelineThrowHelper
{
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void ClaimCountOutOfRange(int count, int bufferSize) =>
        throw new ArgumentOutOfRangeException(nameof(count), count, $"A claim must be for 1 to {bufferSize} slots (the buffer size).");

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void BufferSizeInvalid(int bufferSize) =>
        throw new ArgumentOutOfRangeException(nameof(bufferSize), bufferSize, "The buffer size must be a power of two from 1 to 2^30.");

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void ProcessorAlreadyRunning() =>
        throw new InvalidOperationException("The processor is already running; a processor runs on one thread at a time.");

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void TimeoutInvalid(TimeSpan timeout) =>
        throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be non-negative or Timeout.InfiniteTimeSpan.");
}
