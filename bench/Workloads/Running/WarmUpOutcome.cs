namespace SocialExchange.Bench.Workloads.Running;

/// <summary>
/// What the warm-up learned from its first whole pass over the stream, which every timed run must reproduce,
/// and how many messages it ran in all.
/// </summary>
/// <param name="TradingMessages">Messages that caused at least one trade.</param>
/// <param name="Trades">Trades in the pass.</param>
/// <param name="StateHash">The engine's state hash after the pass.</param>
/// <param name="Messages">Messages run through throwaway engines, over all passes.</param>
public readonly record struct WarmUpOutcome(long TradingMessages, long Trades, ulong StateHash, long Messages);
