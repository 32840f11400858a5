using SocialExchange.Listing.Yaml;

namespace SocialExchange.Listing.Evaluation.Checks;

/// <summary><see cref="Rulebooks.SegmentRule"/>: a segment of the rulebook admits the instrument kind.</summary>
internal static class SegmentCheck
{
    public static CheckResult Check(EvaluationContext context)
    {
        var kind = context.Application.Instrument.Kind;
        var name = Words.Humanize(YamlView.SnakeCase(kind));
        var admitted = context.Rulebook.Segments.SelectMany(s => s.InstrumentKinds).Select(k => Words.Humanize(YamlView.SnakeCase(k))).Distinct().ToList();
        var compared = new[] { new ComparedValue("instrument kind", name, "one of: " + string.Join(", ", admitted)) };
        var segment = context.Rulebook.SegmentFor(kind);
        return segment is null
            ? new CheckResult(RuleOutcome.Fail, compared, $"No segment of {context.Rulebook.Name} admits {Words.A(name)}; its segments take {Words.OneOf(admitted)}.")
            : new CheckResult(RuleOutcome.Pass, compared, $"Segment '{segment.Name}' admits {Words.A(name)} and trades it by {Words.TradingModel(segment.TradingModel)}.");
    }
}
