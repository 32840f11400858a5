namespace SocialExchange.Matching.Pipeline;

/// <summary>Helpers over arrays of <see cref="Sequence"/>: the minimum that gates a producer or a dependent consumer.</summary>
internal static class SequenceGroup
{
    /// <summary>
    /// The smallest value among <paramref name="sequences"/> and <paramref name="minimum"/>. Each read is an acquire
    /// load, so a caller that then touches a slot at or below the result sees what the owner of that sequence
    /// wrote (or finished reading) before it released the value.
    /// </summary>
    public static long Minimum(Sequence[] sequences, long minimum)
    {
        foreach (var sequence in sequences)
        {
            long value = sequence.Value;
            if (value < minimum) minimum = value;
        }
        return minimum;
    }
}
