using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Journaling;

namespace SocialExchange.Matching.Hosting;

/// <summary>Appends the typed command inside an <see cref="EngineCommand"/> to the journal.</summary>
internal struct JournalAppendVisitor(JournalWriter writer, long sequence) : ICommandVisitor
{
    public JournalAppendResult Result;

    public void Visit<TCommand>(in TCommand command) where TCommand : struct => Result = writer.Append(sequence, in command);
}
