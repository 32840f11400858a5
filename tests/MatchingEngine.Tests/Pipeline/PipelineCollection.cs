namespace SocialExchange.Matching.Tests.Pipeline;

/// <summary>
/// The pipeline tests run one class at a time and apart from the other test classes: they start several spinning
/// threads each, and on a 2-core machine two such classes side by side (or beside a busy oracle test) slow each
/// other down many times over.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PipelineCollection
{
    /// <summary>The collection's name, for <c>[Collection]</c>.</summary>
    public const string Name = "Pipeline";
}
