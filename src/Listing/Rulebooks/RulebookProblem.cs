namespace SocialExchange.Listing.Rulebooks;

/// <summary>A problem in a rulebook file: file, line, column, field path and what is wrong.</summary>
public sealed record RulebookProblem(string File, int Line, int Column, string Field, string Message)
{
    /// <summary><c>file:line:column: field: message</c>, the form compilers use, so editors can jump to it.</summary>
    public override string ToString() => Field.Length == 0
        ? $"{File}:{Line}:{Column}: {Message}"
        : $"{File}:{Line}:{Column}: {Field}: {Message}";
}
