using SocialExchange.Listing.Instruments;
using SocialExchange.Listing.Issuers;
using SocialExchange.Listing.Values;
using SocialExchange.Listing.Yaml;
using YamlDotNet.RepresentationModel;

namespace SocialExchange.Listing.Rulebooks;

/// <summary>Reads the <c>rules</c> and <c>obligations</c> of a rulebook file: one method per rule kind, shared parts once.</summary>
internal sealed class RuleReader(IReadOnlyDictionary<string, string> sources)
{
    private static readonly string[] CommonKeys =
        ["id", "version", "title", "criterion", "kind", "sources", "note", "applies_when", "satisfied_when", "satisfied_because", "effective_from", "effective_until"];

    private static readonly Dictionary<string, string[]> KindKeys = new(StringComparer.Ordinal)
    {
        ["threshold"] = ["field", "operator", "threshold", "currency"],
        ["legal_form"] = ["forms", "groups"],
        ["kpi_count"] = ["minimum", "requires"],
        ["average_share"] = ["years", "threshold", "operator", "prongs"],
        ["present"] = ["fields", "any_one"],
        ["flag"] = ["field", "expected"],
        ["any_of"] = ["field", "values"],
        ["none_of"] = ["field", "values", "unless"],
        ["date"] = ["field", "operator", "offset"],
        ["segment"] = [],
    };

    /// <summary>Reads one rule; null when it has problems (already reported).</summary>
    public Rule? ReadRule(YamlView v)
    {
        var kind = v.String("kind", true);
        if (kind is not null && !KindKeys.ContainsKey(kind))
        {
            v.Problem("kind", $"unknown rule kind '{kind}'; expected one of: {string.Join(", ", KindKeys.Keys)}");
            kind = null;
        }
        v.AllowOnly(kind is null ? [.. CommonKeys, .. KindKeys.Values.SelectMany(k => k).Distinct()] : [.. CommonKeys, .. KindKeys[kind]]);

        int before = v.Document.Problems.Count;
        var id = v.String("id", true);
        var version = v.Int("version", true);
        if (version is < 1) v.Problem("version", $"must be 1 or more, was {version}");
        var title = v.String("title", true);
        var criterion = v.String("criterion", true);
        var ruleSources = ReadSources(v);
        var from = v.Date("effective_from");
        var until = v.Date("effective_until");
        if (from is not null && until is not null && until < from) v.Problem("effective_until", $"{Amounts.Date(until.Value)} is before effective_from {Amounts.Date(from.Value)}");
        var applies = v.Mapping("applies_when") is { } a ? ReadCondition(a) : null;
        var satisfied = v.Mapping("satisfied_when") is { } s ? ReadCondition(s) : null;
        var because = v.String("satisfied_because");
        if (satisfied is not null && because is null) v.Problem("satisfied_because", "is required with satisfied_when: say why the condition satisfies the rule");

        Rule? rule = kind switch
        {
            "threshold" => ReadThreshold(v),
            "legal_form" => ReadLegalForm(v),
            "kpi_count" => ReadKpiCount(v),
            "average_share" => ReadAverageShare(v),
            "present" => ReadPresence(v),
            "flag" => ReadFlag(v),
            "any_of" => ReadMembership(v, exclude: false),
            "none_of" => ReadMembership(v, exclude: true),
            "date" => ReadDate(v),
            "segment" => new SegmentRule { Id = "", Version = 1, Title = "", Criterion = "" },
            _ => null,
        };
        if (rule is null || v.Document.Problems.Count > before || id is null || version is null || title is null || criterion is null) return null;
        return rule with
        {
            Id = id,
            Version = version.Value,
            Title = title,
            Criterion = criterion,
            Sources = ruleSources,
            Note = v.String("note"),
            AppliesWhen = applies,
            SatisfiedWhen = satisfied,
            SatisfiedBecause = because,
            EffectiveFrom = from,
            EffectiveUntil = until,
            Line = v.Line,
        };
    }

    /// <summary>Reads one obligation template; null when it has problems.</summary>
    public ObligationTemplate? ReadObligation(YamlView v)
    {
        v.AllowOnly("id", "title", "kind", "trigger", "due", "overrides", "coverage", "applies_when", "sources", "note");
        int before = v.Document.Problems.Count;
        var id = v.String("id", true);
        var title = v.String("title", true);
        var kind = v.Enum<ObligationKind>("kind", true);
        var trigger = v.Enum<ObligationTrigger>("trigger", true);
        var due = ReadSchedule(v, "due", required: true, ParseOffset);
        var coverage = v.Has("coverage") ? ReadSchedule(v, "coverage", required: false, (item, text) => ParseRatio(item, text, share: true)) : null;
        var overrides = new List<DeadlineOverride>();
        foreach (var o in v.Items("overrides"))
        {
            o.AllowOnly("period_end", "due", "announced_on", "source");
            var period = o.Date("period_end", true);
            var dueOn = o.Date("due", true);
            var announced = o.Date("announced_on", true);
            var source = o.String("source");
            CheckSource(o, "source", source);
            if (period is not null && dueOn is not null && dueOn <= period) o.Problem("due", $"{Amounts.Date(dueOn.Value)} is not after the period end {Amounts.Date(period.Value)}");
            if (period is not null && dueOn is not null && announced is not null) overrides.Add(new DeadlineOverride(period.Value, dueOn.Value, announced.Value, source));
        }
        var applies = v.Mapping("applies_when") is { } a ? ReadCondition(a) : null;
        var obligationSources = ReadSources(v);
        if (v.Document.Problems.Count > before || id is null || title is null || kind is null || trigger is null || due is null) return null;
        return new ObligationTemplate
        {
            Id = id, Title = title, Kind = kind.Value, Trigger = trigger.Value, Due = due, Overrides = overrides, Coverage = coverage,
            AppliesWhen = applies, Sources = obligationSources, Note = v.String("note"), Line = v.Line,
        };
    }

    private ThresholdRule? ReadThreshold(YamlView v)
    {
        var field = ReadField(v, "field", FieldKind.Number, FieldKind.Money, FieldKind.Share);
        var op = ReadOperator(v, "operator");
        // Unknown field: the threshold's form cannot be judged, and one problem per mistake is enough.
        bool? share = field is null ? null : field.Kind == FieldKind.Share;
        var threshold = ReadSchedule(v, "threshold", required: true, (item, text) => ParseRatio(item, text, share));
        var currency = v.String("currency");
        if (field?.Kind == FieldKind.Money && currency is null) v.Problem("currency", $"is required: {field.Name} is an amount");
        if (field is not null && field.Kind != FieldKind.Money && currency is not null) v.Problem("currency", $"applies only to amounts, and {field.Name} is a {field.Kind.ToString().ToLowerInvariant()}");
        if (field is null || op is null || threshold is null) return null;
        return new ThresholdRule { Id = "", Version = 1, Title = "", Criterion = "", Field = field.Name, Operator = op.Value, Threshold = threshold, Currency = currency };
    }

    private static LegalFormRule? ReadLegalForm(YamlView v)
    {
        var forms = v.EnumList<LegalForm>("forms");
        var groups = v.EnumList<LegalFormGroup>("groups");
        if (forms.Count == 0 && groups.Count == 0)
        {
            v.Problem("forms", "a legal_form rule needs forms or groups");
            return null;
        }
        return new LegalFormRule { Id = "", Version = 1, Title = "", Criterion = "", Forms = forms, Groups = groups };
    }

    private KpiCountRule? ReadKpiCount(YamlView v)
    {
        var minimum = ReadSchedule<Ratio>(v, "minimum", required: true, (item, text) =>
        {
            if (int.TryParse(text, out int n) && n >= 1) return (Ratio?)Ratio.Of(n);
            item.Problem($"must be a whole number of KPIs, 1 or more, was '{text}'");
            return null;
        });
        var requires = v.EnumList<KpiRequirement>("requires").Aggregate(KpiRequirement.None, (a, r) => a | r);
        return minimum is null ? null : new KpiCountRule { Id = "", Version = 1, Title = "", Criterion = "", Minimum = minimum, Requires = requires };
    }

    private AverageShareRule? ReadAverageShare(YamlView v)
    {
        var years = v.Int("years", true);
        if (years is < 1 or > 10) v.Problem("years", $"must be 1 to 10, was {years}");
        var threshold = ReadSchedule(v, "threshold", required: true, (item, text) => ParseRatio(item, text, share: true));
        var op = v.Has("operator") ? ReadOperator(v, "operator") : ComparisonOperator.AtLeast;
        var prongs = new List<ShareProng>();
        foreach (var p in v.Items("prongs", true))
        {
            p.AllowOnly("name", "part", "total");
            var name = p.String("name", true);
            var part = p.String("part", true);
            var total = p.String("total", true);
            if (part is not null && !FieldCatalog.YearFields.ContainsKey(part)) p.Problem("part", $"unknown per-year field '{part}'; expected one of: {string.Join(", ", FieldCatalog.YearFields.Keys)}");
            if (total is not null && !FieldCatalog.YearFields.ContainsKey(total)) p.Problem("total", $"unknown per-year field '{total}'; expected one of: {string.Join(", ", FieldCatalog.YearFields.Keys)}");
            if (name is not null && part is not null && total is not null) prongs.Add(new ShareProng(name, part, total));
        }
        if (v.Has("prongs") && prongs.Count == 0) v.Problem("prongs", "needs at least one prong");
        if (years is null || threshold is null || op is null || prongs.Count == 0) return null;
        return new AverageShareRule { Id = "", Version = 1, Title = "", Criterion = "", Years = years.Value, Threshold = threshold, Operator = op.Value, Prongs = prongs };
    }

    private static PresenceRule? ReadPresence(YamlView v)
    {
        var fields = new List<string>();
        foreach (var item in v.Items("fields", true))
        {
            var name = item.ScalarValue;
            if (name is null) item.Problem("must be a field name");
            else if (FieldCatalog.Find(name) is null) item.Problem($"unknown field '{name}'");
            else fields.Add(name);
        }
        if (v.Has("fields") && fields.Count == 0 && v.Items("fields").Count == 0) v.Problem("fields", "needs at least one field");
        return fields.Count == 0 ? null : new PresenceRule { Id = "", Version = 1, Title = "", Criterion = "", Fields = fields, AnyOne = v.Bool("any_one") ?? false };
    }

    private static FlagRule? ReadFlag(YamlView v)
    {
        var field = ReadField(v, "field", FieldKind.Flag);
        var expected = v.Bool("expected", true);
        return field is null || expected is null ? null : new FlagRule { Id = "", Version = 1, Title = "", Criterion = "", Field = field.Name, Expected = expected.Value };
    }

    private static MembershipRule? ReadMembership(YamlView v, bool exclude)
    {
        var field = ReadField(v, "field", FieldKind.List, FieldKind.Text);
        var values = v.StringList("values", true);
        if (v.Has("values") && values.Count == 0) v.Problem("values", "needs at least one value");
        var duplicate = values.GroupBy(x => x).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) v.Problem("values", $"'{duplicate.Key}' is listed twice");
        var unless = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in v.Entries("unless"))
        {
            if (!values.Contains(key)) value.Problem($"'{key}' is not one of the values, so it needs no exception");
            if (value.ScalarValue is { } excuse) unless[key] = excuse;
            else value.Problem("must be the code that excuses it");
        }
        if (field is null || values.Count == 0) return null;
        return new MembershipRule { Id = "", Version = 1, Title = "", Criterion = "", Field = field.Name, Exclude = exclude, Values = values, Unless = unless };
    }

    private DateRule? ReadDate(YamlView v)
    {
        var field = ReadField(v, "field", FieldKind.Date);
        var op = ReadOperator(v, "operator");
        var offset = ReadSchedule(v, "offset", required: true, ParseOffset);
        if (op is ComparisonOperator.EqualTo) v.Problem("operator", "a date rule compares with <=, <, >= or >");
        if (field is null || op is null || offset is null) return null;
        return new DateRule { Id = "", Version = 1, Title = "", Criterion = "", Field = field.Name, Operator = op.Value, Offset = offset };
    }

    private RuleCondition? ReadCondition(YamlView v)
    {
        v.AllowOnly("instrument_kinds", "legal_forms", "legal_form_groups", "qualifications", "flags", "present");
        int before = v.Document.Problems.Count;
        var flags = new List<KeyValuePair<string, bool>>();
        foreach (var (key, value) in v.Entries("flags"))
        {
            var field = FieldCatalog.Find(key);
            if (field is null) value.Problem($"unknown field '{key}'");
            else if (field.Kind != FieldKind.Flag) value.Problem($"'{key}' is a {field.Kind.ToString().ToLowerInvariant()}, not a flag");
            var expected = value.ScalarValue switch { "true" => true, "false" => (bool?)false, _ => null };
            if (expected is null) value.Problem("must be true or false");
            else flags.Add(new(key, expected.Value));
        }
        var present = v.StringList("present");
        foreach (var name in present.Where(n => FieldCatalog.Find(n) is null)) v.Problem("present", $"unknown field '{name}'");
        var condition = new RuleCondition(v.EnumList<ListedInstrumentKind>("instrument_kinds"), v.EnumList<LegalForm>("legal_forms"),
            v.EnumList<LegalFormGroup>("legal_form_groups"), v.EnumList<LegalQualifications>("qualifications"), flags, present, v.Line);
        if (v.Document.Problems.Count == before && condition is { InstrumentKinds.Count: 0, LegalForms.Count: 0, LegalFormGroups.Count: 0, Qualifications.Count: 0, Flags.Count: 0, Present.Count: 0 })
            v.Problem("a condition needs at least one of: instrument_kinds, legal_forms, legal_form_groups, qualifications, flags, present");
        return v.Document.Problems.Count > before ? null : condition;
    }

    private IReadOnlyList<string> ReadSources(YamlView v)
    {
        var list = v.StringList("sources");
        foreach (var item in v.Items("sources"))
        {
            CheckSource(item, null, item.ScalarValue);
        }
        return list;
    }

    private void CheckSource(YamlView v, string? key, string? source)
    {
        if (source is null || sources.ContainsKey(source)) return;
        var message = $"source '{source}' is not declared in the rulebook's sources";
        if (key is null) v.Problem(message);
        else v.Problem(key, message);
    }

    private static FieldDefinition? ReadField(YamlView v, string key, params FieldKind[] kinds)
    {
        var name = v.String(key, true);
        if (name is null) return null;
        var field = FieldCatalog.Find(name);
        if (field is null)
        {
            v.Problem(key, $"unknown field '{name}'");
            return null;
        }
        if (!kinds.Contains(field.Kind))
        {
            v.Problem(key, $"'{name}' is a {field.Kind.ToString().ToLowerInvariant()}; this rule kind needs a {string.Join(" or ", kinds.Select(k => k.ToString().ToLowerInvariant()))}");
            return null;
        }
        return field;
    }

    private static ComparisonOperator? ReadOperator(YamlView v, string key)
    {
        var text = v.String(key, true);
        if (text is null) return null;
        var op = ComparisonOperators.Parse(text);
        if (op is null) v.Problem(key, $"'{text}' is not an operator; expected >=, >, <=, < or ==");
        return op;
    }

    /// <summary>
    /// A parameter written either as one value (<c>threshold: 67%</c>) or as an effective-dated list
    /// (<c>threshold: [{from: 2023-12-28, value: 10000, source: S-30}, ...]</c>) in ascending date order.
    /// </summary>
    private ParameterSchedule<T>? ReadSchedule<T>(YamlView v, string key, bool required, Func<YamlView, string, T?> parse) where T : struct
    {
        var raw = RawChild(v, key);
        if (!v.Has(key))
        {
            if (required) v.Problem(key, "is required");
            return null;
        }
        if (raw is not YamlSequenceNode)
        {
            var scalar = v.String(key); // reports a mapping as malformed
            if (scalar is null) return null;
            var value = parse(new YamlView(v.Document, raw!, v.PathOf(key)), scalar);
            return value is null ? null : ParameterSchedule<T>.Constant(value.Value);
        }
        var entries = new List<ScheduledValue<T>>();
        var items = v.Items(key);
        bool ok = items.Count > 0;
        if (!ok) v.Problem(key, "needs at least one value");
        DateOnly? previous = null;
        for (int i = 0; i < items.Count; i++)
        {
            var e = items[i];
            e.AllowOnly("from", "value", "source");
            var from = e.Date("from");
            var text = e.String("value", true);
            var source = e.String("source");
            CheckSource(e, "source", source);
            if (i > 0 && !e.Has("from")) { e.Problem("from", "is required after the first value"); ok = false; }
            if (from is not null && previous is not null && from <= previous) { e.Problem("from", $"{Amounts.Date(from.Value)} is not after the previous value's {Amounts.Date(previous.Value)}"); ok = false; }
            previous = from ?? previous;
            T? value = text is null ? null : parse(new YamlView(e.Document, RawChild(e, "value")!, e.PathOf("value")), text);
            if (value is null) { ok = false; continue; }
            entries.Add(new ScheduledValue<T>(from, value.Value, source));
        }
        return ok ? new ParameterSchedule<T>(entries) : null;
    }

    private static Ratio? ParseRatio(YamlView item, string text, bool? share)
    {
        if (!Ratio.TryParse(text, out var value, out var error))
        {
            item.Problem(error!);
            return null;
        }
        bool written = text.Contains('%') || text.Contains('/');
        if (share == true && !written)
        {
            item.Problem($"'{text}' is ambiguous for a share: write a percentage (67%) or a fraction (2/3)");
            return null;
        }
        if (share == false && written)
        {
            item.Problem($"'{text}' is a share, but the field is a number or an amount");
            return null;
        }
        return value;
    }

    private static DateOffset? ParseOffset(YamlView item, string text)
    {
        if (DateOffset.TryParse(text, out var offset)) return offset;
        item.Problem($"'{text}' is not an offset such as 90d, 12m, -3y");
        return null;
    }

    private static YamlNode? RawChild(YamlView v, string key) =>
        v.Node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
}
