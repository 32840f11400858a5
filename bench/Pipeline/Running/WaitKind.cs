namespace SocialExchange.Bench.Pipeline.Running;

/// <summary>The ring's wait strategy, chosen with <c>--wait</c>.</summary>
public enum WaitKind
{
    /// <summary><c>BusySpinWaitStrategy</c>.</summary>
    BusySpin,

    /// <summary><c>YieldingWaitStrategy</c>.</summary>
    Yielding,

    /// <summary><c>BlockingWaitStrategy</c>.</summary>
    Blocking,
}
