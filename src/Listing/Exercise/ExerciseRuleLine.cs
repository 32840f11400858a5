namespace SocialExchange.Listing.Exercise;

/// <summary>One rule of the evaluation in the report: id, title, outcome and the sentence that explains it.</summary>
public sealed record ExerciseRuleLine(string RuleId, string Title, string Outcome, string Sentence);
