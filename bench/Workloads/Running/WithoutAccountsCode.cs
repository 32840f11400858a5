namespace SocialExchange.Bench.Workloads.Running;

/// <summary>Type argument of <see cref="CountingHandler{TCopy}"/> for runs without accounts: their own copy of the engine's compiled code.</summary>
public struct WithoutAccountsCode;
