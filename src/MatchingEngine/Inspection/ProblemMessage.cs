using System.Runtime.CompilerServices;

namespace SocialExchange.Matching.Inspection;

/// <summary>
/// The message of a state check, formatted only when the check fails: the engine's consistency check runs after
/// every command in the tests and over millions of orders after a snapshot load, and formatting a sentence per
/// order it passes was most of its time.
/// </summary>
[InterpolatedStringHandler]
public ref struct ProblemMessage
{
    private DefaultInterpolatedStringHandler _text;

    public ProblemMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        _text = condition ? default : new DefaultInterpolatedStringHandler(literalLength, formattedCount);
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    /// <summary>The formatted message (only meaningful when the condition failed).</summary>
    public string ToStringAndClear() => _text.ToStringAndClear();
}
