using System.Globalization;
using SocialExchange.Listing.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SocialExchange.Listing.Yaml;

/// <summary>
/// A node of a <see cref="YamlDocument"/> with its field path. The typed getters report a problem (file, line,
/// field) and return null when a value is missing or malformed, so a reader goes on and finds every problem.
/// </summary>
internal readonly struct YamlView
{
    private readonly YamlDocument _document;

    public YamlView(YamlDocument document, YamlNode node, string path)
    {
        _document = document;
        Node = node;
        Path = path;
        document.Record(path, node);
    }

    /// <summary>The node itself.</summary>
    public YamlNode Node { get; }

    /// <summary>Field path of the node ("" for the root).</summary>
    public string Path { get; }

    /// <summary>Line of the node, 1-based.</summary>
    public int Line => (int)Node.Start.Line;

    /// <summary>The document the node belongs to.</summary>
    public YamlDocument Document => _document;

    /// <summary>The path of child <paramref name="key"/>.</summary>
    public string PathOf(string key) => Path.Length == 0 ? key : Path + "." + key;

    /// <summary>Reports a problem at this node.</summary>
    public void Problem(string message) => _document.Problem(Node, Path, message);

    /// <summary>Reports a problem about child <paramref name="key"/>, at the child when present, else at this node.</summary>
    public void Problem(string key, string message)
    {
        var child = Raw(key);
        _document.Problem(child ?? Node, PathOf(key), message);
    }

    /// <summary>Reports every key of this mapping that is not in <paramref name="allowed"/> (catches misspelt fields).</summary>
    public void AllowOnly(params string[] allowed)
    {
        if (Node is not YamlMappingNode mapping) return;
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
                _document.Problem(key, PathOf(name), $"unknown field '{name}'; expected one of: {string.Join(", ", allowed)}");
        }
    }

    /// <summary>True when the mapping has <paramref name="key"/> with a non-null value.</summary>
    public bool Has(string key) => Raw(key) is { } node && !IsNull(node);

    /// <summary>The child mapping <paramref name="key"/>; null (with a problem when <paramref name="required"/>) when absent or not a mapping.</summary>
    public YamlView? Mapping(string key, bool required = false)
    {
        var node = Present(key, required);
        if (node is null) return null;
        if (node is not YamlMappingNode)
        {
            _document.Problem(node, PathOf(key), "must be a mapping of fields");
            return null;
        }
        return new YamlView(_document, node, PathOf(key));
    }

    /// <summary>The items of sequence <paramref name="key"/> with paths <c>key[i]</c>; empty when absent.</summary>
    public IReadOnlyList<YamlView> Items(string key, bool required = false)
    {
        var node = Present(key, required);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            _document.Problem(node, PathOf(key), "must be a list");
            return [];
        }
        new YamlView(_document, node, PathOf(key)); // records the line of the list itself
        var items = new List<YamlView>(sequence.Children.Count);
        for (int i = 0; i < sequence.Children.Count; i++) items.Add(new YamlView(_document, sequence.Children[i], $"{PathOf(key)}[{i}]"));
        return items;
    }

    /// <summary>The entries of mapping <paramref name="key"/> as (name, view) pairs; empty when absent.</summary>
    public IReadOnlyList<(string Key, YamlView Value)> Entries(string key, bool required = false)
    {
        var mapping = Mapping(key, required);
        if (mapping is null) return [];
        var result = new List<(string, YamlView)>();
        foreach (var (k, v) in ((YamlMappingNode)mapping.Value.Node).Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            result.Add((name, new YamlView(_document, v, mapping.Value.PathOf(name))));
        }
        return result;
    }

    /// <summary>A text value.</summary>
    public string? String(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        if (required && string.IsNullOrWhiteSpace(scalar.Value))
        {
            _document.Problem(scalar, PathOf(key), "must not be empty");
            return null;
        }
        return scalar.Value;
    }

    /// <summary>A decimal number (invariant culture).</summary>
    public decimal? Decimal(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        if (decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
        _document.Problem(scalar, PathOf(key), $"must be a number, was '{scalar.Value}'");
        return null;
    }

    /// <summary>A whole number.</summary>
    public int? Int(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        _document.Problem(scalar, PathOf(key), $"must be a whole number, was '{scalar.Value}'");
        return null;
    }

    /// <summary>A large whole number.</summary>
    public long? Long(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        if (long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        _document.Problem(scalar, PathOf(key), $"must be a whole number, was '{scalar.Value}'");
        return null;
    }

    /// <summary>true or false.</summary>
    public bool? Bool(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        switch (scalar.Value)
        {
            case "true": return true;
            case "false": return false;
            default:
                _document.Problem(scalar, PathOf(key), $"must be true or false, was '{scalar.Value}'");
                return null;
        }
    }

    /// <summary>An ISO date, <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Date(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        _document.Problem(scalar, PathOf(key), $"must be a date written yyyy-mm-dd, was '{scalar.Value}'");
        return null;
    }

    /// <summary>A time of day, <c>HH:mm</c>.</summary>
    public TimeOnly? Time(YamlView item)
    {
        if (item.Node is YamlScalarNode scalar && TimeOnly.TryParseExact(scalar.Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        item.Problem("must be a time of day written hh:mm");
        return null;
    }

    /// <summary>A ratio written <c>67%</c>, <c>2/3</c> or <c>0.67</c>.</summary>
    public Ratio? Ratio(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        if (Values.Ratio.TryParse(scalar.Value ?? "", out var value, out var error)) return value;
        _document.Problem(scalar, PathOf(key), error!);
        return null;
    }

    /// <summary>An enum member written in snake_case (<c>joint_stock_company</c>).</summary>
    public T? Enum<T>(string key, bool required = false) where T : struct, Enum
    {
        var scalar = Scalar(key, required);
        return scalar is null ? null : ParseEnum<T>(scalar, PathOf(key));
    }

    /// <summary>A list of text values; empty when absent.</summary>
    public IReadOnlyList<string> StringList(string key, bool required = false)
    {
        var result = new List<string>();
        foreach (var item in Items(key, required))
        {
            if (item.Node is YamlScalarNode { Value: { } value } && !IsNull(item.Node)) result.Add(value);
            else item.Problem("must be a text value");
        }
        return result;
    }

    /// <summary>A list of enum members in snake_case; empty when absent.</summary>
    public IReadOnlyList<T> EnumList<T>(string key, bool required = false) where T : struct, Enum
    {
        var result = new List<T>();
        foreach (var item in Items(key, required))
        {
            if (item.Node is YamlScalarNode scalar && ParseEnum<T>(scalar, item.Path) is { } value) result.Add(value);
            else if (item.Node is not YamlScalarNode) item.Problem("must be a text value");
        }
        return result;
    }

    /// <summary>The value of this node when it is a scalar.</summary>
    public string? ScalarValue => Node is YamlScalarNode scalar && !IsNull(Node) ? scalar.Value : null;

    /// <summary>snake_case name of an enum member (<c>JointStockCompany</c> is <c>joint_stock_company</c>).</summary>
    public static string SnakeCase<T>(T value) where T : struct, Enum => SnakeCase(value.ToString());

    /// <summary>snake_case of a PascalCase name.</summary>
    public static string SnakeCase(string pascal)
    {
        var chars = new System.Text.StringBuilder(pascal.Length + 8);
        for (int i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) chars.Append('_');
            chars.Append(char.ToLowerInvariant(pascal[i]));
        }
        return chars.ToString();
    }

    private T? ParseEnum<T>(YamlScalarNode scalar, string path) where T : struct, Enum
    {
        foreach (var value in System.Enum.GetValues<T>())
        {
            if (SnakeCase(value) == scalar.Value) return value;
        }
        var names = System.Enum.GetValues<T>().Select(v => SnakeCase(v)).Where(n => n != "none");
        _document.Problem(scalar, path, $"'{scalar.Value}' is not one of: {string.Join(", ", names)}");
        return null;
    }

    private YamlNode? Raw(string key) =>
        Node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private YamlNode? Present(string key, bool required)
    {
        var node = Raw(key);
        if (node is null || IsNull(node))
        {
            if (required) _document.Problem(node ?? Node, PathOf(key), "is required");
            return null;
        }
        _document.Record(PathOf(key), node);
        return node;
    }

    private YamlScalarNode? Scalar(string key, bool required)
    {
        var node = Present(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar;
        _document.Problem(node, PathOf(key), "must be a single value, not a list or mapping");
        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s && (s.Value is null or "" or "~" or "null");
}
