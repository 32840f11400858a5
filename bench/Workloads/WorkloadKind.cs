namespace SocialExchange.Bench.Workloads;

/// <summary>The workloads the harness runs; each is named on the command line by its letter.</summary>
public enum WorkloadKind
{
    /// <summary>Insert-heavy: alternating buy and sell limit orders around 1886; the book grows all run long.</summary>
    A,

    /// <summary>Bounded book: limit and market orders, and once 100,000 orders rest, a cancel of the oldest.</summary>
    B,

    /// <summary>Amend-heavy mix after exchange-core's benchmark: about 1,000 resting orders, 82% price moves.</summary>
    C,

    /// <summary>Workload A's stream dealt round-robin over 100 instruments.</summary>
    M,
}
