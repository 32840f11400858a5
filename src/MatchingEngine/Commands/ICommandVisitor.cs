namespace SocialExchange.Matching.Commands;

/// <summary>
/// Receives the typed command inside an <see cref="EngineCommand"/> (see <see cref="EngineCommand.Visit{TVisitor}"/>):
/// for consumers that are generic over the command type, such as the journal's <c>Append&lt;TCommand&gt;</c>.
/// Implement it on a struct so the call is specialised and nothing is boxed.
/// </summary>
public interface ICommandVisitor
{
    /// <summary>Called once with the command as its record struct.</summary>
    void Visit<TCommand>(in TCommand command) where TCommand : struct;
}
