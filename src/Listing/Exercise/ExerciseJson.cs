using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialExchange.Listing.Exercise;

/// <summary>Writes an <see cref="ExerciseReport"/> as JSON (snake_case names, indented) for machines.</summary>
public static class ExerciseJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The report as JSON.</summary>
    public static string Write(ExerciseReport report) => JsonSerializer.Serialize(report, Options);
}
