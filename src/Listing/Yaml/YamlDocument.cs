using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SocialExchange.Listing.Yaml;

/// <summary>
/// One YAML document being read into a model. Collects every problem (with the parser's line and column marks)
/// instead of stopping at the first, and remembers the line of every field read so that later, model-level
/// validation can point at lines too.
/// </summary>
internal sealed class YamlDocument
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private YamlDocument(string file) => File = file;

    /// <summary>Name of the file, as reported in problems.</summary>
    public string File { get; }

    /// <summary>Every problem found so far, in reading order.</summary>
    public List<YamlProblem> Problems { get; } = [];

    /// <summary>The root node; null when the text did not parse.</summary>
    public YamlView? Root { get; private set; }

    /// <summary>Parses <paramref name="text"/>; a syntax error becomes a problem at the parser's mark.</summary>
    public static YamlDocument Parse(string text, string file)
    {
        var document = new YamlDocument(file);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode)
                document.Problems.Add(new YamlProblem(1, 1, "", "the document must be a mapping of fields"));
            else
                document.Root = new YamlView(document, stream.Documents[0].RootNode, "");
            if (stream.Documents.Count > 1)
                document.Problems.Add(new YamlProblem((int)stream.Documents[1].RootNode.Start.Line, (int)stream.Documents[1].RootNode.Start.Column, "", "only one YAML document per file"));
        }
        catch (YamlException e)
        {
            // The parser's mark is where it gave up; its message already says what it expected. The tree is not
            // built, so the field is the key written on that line, when there is one.
            document.Problems.Add(new YamlProblem((int)e.Start.Line, (int)e.Start.Column, KeyOnLine(text, (int)e.Start.Line), "YAML syntax: " + Flatten(e)));
        }
        return document;
    }

    /// <summary>Line where <paramref name="field"/> was read; 0 when the field was never read.</summary>
    public int LineOf(string field)
    {
        // Fall back to the nearest enclosing field that was read (a missing key points at its parent).
        for (var f = field; f.Length > 0; f = Parent(f))
        {
            if (_lines.TryGetValue(f, out int line)) return line;
        }
        return 0;
    }

    internal void Record(string field, YamlNode node) => _lines[field] = (int)node.Start.Line;

    internal void Problem(YamlNode node, string field, string message) =>
        Problems.Add(new YamlProblem((int)node.Start.Line, (int)node.Start.Column, field, message));

    private static string Parent(string field)
    {
        int cut = Math.Max(field.LastIndexOf('.'), field.LastIndexOf('['));
        return cut <= 0 ? "" : field[..cut];
    }

    private static string KeyOnLine(string text, int line)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length) return "";
        var content = lines[line - 1].Trim().TrimStart('-').Trim();
        int colon = content.IndexOf(':');
        return colon > 0 ? content[..colon].Trim() : "";
    }

    private static string Flatten(YamlException e)
    {
        var message = e.Message;
        // YamlDotNet prefixes "(Line: x, Col: y, Idx: z) - (Line: ...): "; the mark is reported separately.
        int cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return e.InnerException is YamlException inner && inner.Message != e.Message ? message + " (" + Flatten(inner) + ")" : message;
    }
}
