using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Values;
using SocialExchange.Listing.Yaml;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>
/// Reads rulebook files (YAML) into <see cref="Rulebook"/>s and validates them: required fields, unknown fields,
/// fields the rules name, kinds, operators, thresholds, effective dates in order, sources declared. Every problem
/// found in a file is reported at once, with the file, the line (from YamlDotNet's parser marks) and the field.
/// </summary>
public static class RulebookLoader
{
    private static readonly string[] TopLevelKeys =
        ["rulebook", "name", "version", "effective_from", "effective_until", "jurisdiction", "description", "boundary_semantics", "sources", "segments", "rules", "obligations"];

    /// <summary>Loads one rulebook; throws <see cref="RulebookLoadException"/> listing every problem when it is invalid.</summary>
    public static Rulebook Load(string yaml, string file)
    {
        var rulebook = TryLoad(yaml, file, out var problems);
        return rulebook ?? throw new RulebookLoadException(problems);
    }

    /// <summary>Loads the rulebook at <paramref name="path"/>; throws when it is invalid.</summary>
    public static Rulebook LoadFile(string path) => Load(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Loads one rulebook; returns null and the problems when it is invalid.</summary>
    public static Rulebook? TryLoad(string yaml, string file, out IReadOnlyList<RulebookProblem> problems)
    {
        var document = YamlDocument.Parse(yaml, file);
        Rulebook? rulebook = null;
        if (document.Root is { } root) rulebook = Read(root);
        problems = document.Problems.OrderBy(p => p.Line).ThenBy(p => p.Column)
            .Select(p => new RulebookProblem(file, p.Line, p.Column, p.Field, p.Message)).ToList();
        return problems.Count == 0 ? rulebook! with { File = file } : null;
    }

    private static Rulebook? Read(YamlView root)
    {
        root.AllowOnly(TopLevelKeys);
        var id = root.String("rulebook", true);
        var name = root.String("name", true);
        var version = root.String("version", true);
        var from = root.Date("effective_from", true);
        var until = root.Date("effective_until");
        if (from is not null && until is not null && until < from) root.Problem("effective_until", $"{Amounts.Date(until.Value)} is before effective_from {Amounts.Date(from.Value)}");
        var jurisdiction = root.String("jurisdiction", true);
        var boundary = root.String("boundary_semantics", true);

        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Entries("sources", true))
        {
            if (value.ScalarValue is { Length: > 0 } text) sources[key] = text;
            else value.Problem("must be the citation of the source");
        }

        var segments = ReadSegments(root);
        var context = new RuleReader(sources);
        var rules = new List<Rule>();
        var ruleIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var ruleItems = root.Items("rules", true);
        if (ruleItems.Count == 0 && root.Has("rules")) root.Problem("rules", "a rulebook needs at least one rule");
        foreach (var item in ruleItems)
        {
            var rule = context.ReadRule(item);
            if (rule is null) continue;
            if (!ruleIds.TryAdd(rule.Id, rule.Line)) item.Problem("id", $"rule id '{rule.Id}' is already used on line {ruleIds[rule.Id]}");
            rules.Add(rule);
        }
        var obligations = root.Items("obligations").Select(context.ReadObligation).Where(o => o is not null).ToList();

        if (id is null || name is null || version is null || from is null || jurisdiction is null || boundary is null) return null;
        return new Rulebook
        {
            Id = id,
            Name = name,
            Version = version,
            EffectiveFrom = from.Value,
            EffectiveUntil = until,
            Jurisdiction = jurisdiction,
            Description = root.String("description"),
            BoundarySemantics = boundary,
            Sources = sources,
            Segments = segments,
            Rules = rules,
            Obligations = obligations!,
        };
    }

    private static List<Segment> ReadSegments(YamlView root)
    {
        var segments = new List<Segment>();
        var owner = new Dictionary<ListedInstrumentKind, string>();
        foreach (var v in root.Items("segments"))
        {
            v.AllowOnly("id", "name", "trading_model", "instrument_kinds", "uncross_times", "batch_interval_seconds", "liquidity_band", "price_scale",
                "eligible_categories", "maker_fee_bps", "taker_fee_bps", "settlement_days", "minimum_order_value");
            var id = v.String("id", true);
            var name = v.String("name", true);
            var model = v.Enum<TradingModelKind>("trading_model", true);
            var kinds = v.EnumList<ListedInstrumentKind>("instrument_kinds", true);
            var times = v.Items("uncross_times").Select(t => v.Time(t)).ToList();
            var batch = v.Int("batch_interval_seconds");
            var band = v.Int("liquidity_band") ?? 1;
            var scale = v.Int("price_scale") ?? 2;
            if (times.Count > 0 && model is not null and not TradingModelKind.PeriodicAuctions) v.Problem("uncross_times", "uncross times apply only to periodic_auctions");
            if (batch is not null && model is not null and not TradingModelKind.FrequentBatchAuctions) v.Problem("batch_interval_seconds", "a batch interval applies only to frequent_batch_auctions");
            if (batch is <= 0) v.Problem("batch_interval_seconds", $"must be positive, was {batch}");
            if (band is < 1 or > 6) v.Problem("liquidity_band", $"must be 1 to 6, was {band}");
            if (scale is < 0 or > 8) v.Problem("price_scale", $"must be 0 to 8, was {scale}");
            var trading = ReadTrading(v);
            if (id is not null && segments.Any(s => s.Id == id)) v.Problem("id", $"segment id '{id}' is already used");
            foreach (var kind in kinds)
            {
                if (id is not null && !owner.TryAdd(kind, id)) v.Problem("instrument_kinds", $"{YamlView.SnakeCase(kind)} is already admitted by segment '{owner[kind]}'");
            }
            if (id is null || name is null || model is null || times.Any(t => t is null)) continue;
            segments.Add(new Segment(id, name, model.Value, kinds, times.Select(t => t!.Value).ToList(),
                batch is > 0 ? TimeSpan.FromSeconds(batch.Value) : null, band, scale, trading));
        }
        return segments;
    }

    /// <summary>A segment's trading terms; absent keys keep the defaults (everyone, no fees, settled at once).</summary>
    private static SegmentTrading ReadTrading(YamlView v)
    {
        var categories = v.EnumList<ParticipantCategory>("eligible_categories");
        var eligible = ParticipantCategories.None;
        foreach (var category in categories)
        {
            if (category == ParticipantCategory.None) v.Problem("eligible_categories", "none is not a participant category");
            else eligible |= (ParticipantCategories)(1 << (int)category);
        }
        int maker = v.Int("maker_fee_bps") ?? 0;
        int taker = v.Int("taker_fee_bps") ?? 0;
        int days = v.Int("settlement_days") ?? 0;
        if (maker is < 0 or > 10_000) v.Problem("maker_fee_bps", $"must be 0 to 10000, was {maker}");
        if (taker is < 0 or > 10_000) v.Problem("taker_fee_bps", $"must be 0 to 10000, was {taker}");
        if (days is < 0 or > 30) v.Problem("settlement_days", $"must be 0 to 30, was {days}");
        decimal minimum = v.Decimal("minimum_order_value") ?? 0;
        if (minimum < 0) v.Problem("minimum_order_value", $"must not be negative, was {minimum}");
        return new SegmentTrading(categories.Count == 0 ? ParticipantCategories.All : eligible, maker, taker, days, minimum);
    }
}
