using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialExchange.Bench.EngineHost;

/// <summary>
/// Everything one process of the benchmark measured, the object <c>--json</c> prints on one line: the settings, every
/// run (with each thread's scheduler figures, <see cref="ThreadSchedule"/>), the medians and, with
/// <c>--restart</c>, the restart times. Names in snake case; latencies in nanoseconds.
/// </summary>
public sealed record HostBenchReport(
    HostBenchOptions Settings,
    int Cores,
    IReadOnlyList<HostBenchRun> Runs,
    double MedianCommandsPerSecond,
    long MedianP99Nanoseconds,
    RestartTimes? Restart)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
