using BenchmarkDotNet.Running;

namespace SocialExchange.Bench.Matching;

/// <summary>
/// BenchmarkDotNet entry point: <c>dotnet run -c Release --project bench/MatchingEngine.Benchmarks -- --filter '*'</c>.
/// Every benchmark runs under <c>[MemoryDiagnoser]</c> and should report 0 B allocated per operation.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks the command line selects (BenchmarkDotNet's own options).</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
