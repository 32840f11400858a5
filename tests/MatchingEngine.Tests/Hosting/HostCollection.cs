namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>The host tests start several threads each; run them one class at a time so they do not starve each other on a small machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "Engine host";
}
