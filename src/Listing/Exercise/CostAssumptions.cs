using SocialExchange.Listing.Yaml;

namespace SocialExchange.Listing.Exercise;

/// <summary>
/// The cost assumptions of the listing exercise, read from YAML (default: <c>Exercise/CostAssumptions.yaml</c>), with
/// the exchange rates that set capital raised in another currency against the costs.
/// </summary>
public sealed record CostAssumptions(string Currency, IReadOnlyList<CostAssumption> Items, IReadOnlyList<ExchangeRate>? ExchangeRates = null)
{
    /// <summary>The rate for <paramref name="currency"/>, or null when the file gives none.</summary>
    public ExchangeRate? RateFor(string currency) => ExchangeRates?.FirstOrDefault(r => r.Currency == currency);

    /// <summary>Path of the shipped default file, copied next to the assembly.</summary>
    public static string DefaultFile => Path.Combine(AppContext.BaseDirectory, "Exercise", "CostAssumptions.yaml");

    /// <summary>Loads the shipped defaults; a broken shipped file is a bug, so it throws.</summary>
    public static CostAssumptions LoadDefault()
    {
        var (costs, problems) = Parse(File.ReadAllText(DefaultFile), DefaultFile);
        return costs ?? throw new InvalidOperationException("cost assumptions are invalid: " + string.Join("; ", problems));
    }

    /// <summary>Reads a cost file; every problem is returned with its field path, and no result when there is any.</summary>
    public static (CostAssumptions? Costs, IReadOnlyList<string> Problems) Parse(string yaml, string file)
    {
        var document = YamlDocument.Parse(yaml, file);
        var items = new List<CostAssumption>();
        var rates = new List<ExchangeRate>();
        string? currency = null;
        if (document.Root is { } root)
        {
            root.AllowOnly("currency", "items", "exchange_rates");
            currency = root.String("currency", required: true);
            if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
                root.Problem("currency", $"'{currency}' is not a three-letter ISO 4217 code");
            foreach (var item in root.Items("items", required: true))
            {
                item.AllowOnly("id", "label", "kind", "amount", "hours", "hourly_rate", "basis", "note");
                var id = item.String("id", required: true) ?? "";
                var label = item.String("label", required: true) ?? "";
                var basis = item.String("basis", required: true) ?? "";
                var kind = item.String("kind", required: true) switch
                {
                    "one_off" => CostKind.OneOff,
                    "annual" => CostKind.Annual,
                    "per_gap" => CostKind.PerGap,
                    null => (CostKind?)null,
                    var other => Bad(item, "kind", $"'{other}' is not one_off, annual or per_gap"),
                };
                decimal? hours = item.Decimal("hours");
                decimal? amount = hours is { } h ? h * (item.Decimal("hourly_rate", required: true) ?? 0) : item.Decimal("amount", required: true);
                if (amount < 0) item.Problem("amount", "must not be negative");
                if (kind is { } k && amount is { } a) items.Add(new CostAssumption(id, label, k, a, basis, hours, item.String("note")));
            }
            foreach (var entry in root.Items("exchange_rates"))
            {
                entry.AllowOnly("currency", "per_cost_currency", "basis");
                var code = entry.String("currency", required: true);
                var rate = entry.Decimal("per_cost_currency", required: true);
                var basis = entry.String("basis", required: true);
                if (code is not null && (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))) entry.Problem("currency", $"'{code}' is not a three-letter ISO 4217 code");
                else if (code is not null && code == currency) entry.Problem("currency", $"{code} is the cost currency itself");
                else if (code is not null && rates.Any(r => r.Currency == code)) entry.Problem("currency", $"{code} has a rate already");
                if (rate is <= 0) entry.Problem("per_cost_currency", $"must be positive, was {rate}");
                if (code is not null && rate is > 0 && basis is not null) rates.Add(new ExchangeRate(code, rate.Value, basis));
            }
        }
        var problems = document.Problems.Select(p => $"{file}:{p.Line}:{p.Column}: {p.Field}: {p.Message}").ToList();
        return problems.Count > 0 ? (null, problems) : (new CostAssumptions(currency!, items, rates), problems);
    }

    private static CostKind? Bad(YamlView item, string key, string message)
    {
        item.Problem(key, message);
        return null;
    }
}
