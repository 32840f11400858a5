namespace SocialExchange.Matching.Journaling;

/// <summary>What a replay fed to the engine.</summary>
/// <param name="Count">Records applied.</param>
/// <param name="LastSequence">Sequence of the last record applied; 0 when none was.</param>
/// <param name="Warning">The torn-tail warning if the journal ended in one (the replay stopped before it).</param>
public readonly record struct JournalReplayResult(long Count, long LastSequence, JournalWarning? Warning);
