namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>The wait strategies, as <c>[InlineData]</c> arguments.</summary>
public enum WaitKind
{
    BusySpin,
    Yielding,
    Blocking,
}
