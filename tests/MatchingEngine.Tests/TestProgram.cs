using SocialExchange.Matching.Tests.Journaling;

namespace SocialExchange.Matching.Tests;

/// <summary>
/// The test assembly's entry point. The test host never calls it with arguments (the SDK's generated one is
/// empty too); tests that must kill a process for real start this assembly as a child with a role name.
/// </summary>
public static class TestProgram
{
    public static int Main(string[] args) => args switch
    {
        [JournalWriterChild.Role, var directory] => JournalWriterChild.Run(directory),
        [JournalWriterChild.PreallocatingRole, var directory] => JournalWriterChild.Run(directory, preallocate: true),
        [Hosting.EngineHostChild.Role, var directory] => Hosting.EngineHostChild.Run(directory),
        _ => 0,
    };
}
