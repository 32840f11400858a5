using System.Globalization;
using System.Text;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Events;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Orders;
using SocialExchange.Matching.Phases;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Scenarios;

/// <summary>
/// Runs a golden scenario file (format in Scenarios/README.md): builds the engine from its header lines, runs each
/// command, checks the engine's internal state after each, and compares the printed events and book tables with the
/// file. Returns every difference with its line number, or an empty string when the file matches.
/// </summary>
public static class ScenarioRunner
{
    private static readonly HashSet<string> DefaultShown = ["orders", "trades", "phases", "indicative", "stats"];

    public static string Run(string path)
    {
        var lines = File.ReadAllLines(path);
        var options = new EngineOptions();
        var instruments = new List<InstrumentSpec>();
        var shown = new HashSet<string>(DefaultShown);
        var steps = new List<ScenarioStep>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (line.StartsWith("  ", StringComparison.Ordinal))
            {
                if (steps.Count == 0) throw new FormatException($"{path}:{i + 1}: indented line before any command or book");
                steps[^1].Expected.Add(trimmed);
            }
            else if (trimmed.StartsWith('>')) steps.Add(new ScenarioStep(i + 1, trimmed[1..].Trim(), false, []));
            else if (trimmed.StartsWith("book", StringComparison.Ordinal) || trimmed.StartsWith("accounts ", StringComparison.Ordinal)
                || trimmed.StartsWith("fees ", StringComparison.Ordinal)) steps.Add(new ScenarioStep(i + 1, trimmed, true, []));
            else if (trimmed.StartsWith("engine ", StringComparison.Ordinal)) options = ParseEngine(trimmed, options);
            else if (trimmed.StartsWith("instrument ", StringComparison.Ordinal)) instruments.Add(ParseInstrument(trimmed));
            else if (trimmed.StartsWith("show", StringComparison.Ordinal))
                foreach (var word in trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)) shown.Add(word);
            else throw new FormatException($"{path}:{i + 1}: cannot read '{trimmed}'");
        }

        var log = new EventLog();
        var engine = new MatchingEngine<EventLog>(options, log);
        foreach (var spec in instruments) engine.AddInstrument(spec);
        int defaultInstrument = instruments.Count > 0 ? instruments[0].Id : 1;

        var failures = new StringBuilder();
        foreach (var step in steps)
        {
            List<string> actual;
            if (step.IsBook && !step.Text.StartsWith("book", StringComparison.Ordinal))
            {
                actual = AccountTable(engine, step.Text);
            }
            else if (step.IsBook)
            {
                var args = Arguments(step.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1));
                int instrument = args.TryGetValue("inst", out var id) ? int.Parse(id, CultureInfo.InvariantCulture) : defaultInstrument;
                actual = engine.OpenOrders(instrument).Select(o => EventText.Format(o)).ToList();
            }
            else
            {
                log.Clear();
                long time = Execute(engine, step.Text, defaultInstrument);
                engine.ValidateInternalState();
                actual = log.Events.Where(e => shown.Contains(KindOf(e))).Select(e => EventText.Format(e, time)).ToList();
            }
            if (!actual.SequenceEqual(step.Expected))
            {
                failures.AppendLine($"{Path.GetFileName(path)}:{step.Line}: {(step.IsBook ? step.Text : "> " + step.Text)}");
                failures.AppendLine("  expected:");
                foreach (var e in step.Expected) failures.AppendLine("    " + e);
                failures.AppendLine("  actual:");
                foreach (var a in actual) failures.AppendLine("    " + a);
            }
        }
        return failures.ToString();
    }

    private static string KindOf(object e) => e switch
    {
        OrderAccepted or OrderRejected or OrderCancelled or OrderExpired or OrderTriggered or OrderAmended => "orders",
        TradeExecuted => "trades",
        PriceLevelChanged => "levels",
        BookOrderChanged => "l3",
        BestBidOfferChanged => "bbo",
        PhaseChanged => "phases",
        AuctionIndicative => "indicative",
        DailyStatistics => "stats",
        _ => "?",
    };

    /// <summary>Runs one command line; returns its time.</summary>
    private static long Execute(MatchingEngine<EventLog> engine, string text, int defaultInstrument)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!words[0].StartsWith("t=", StringComparison.Ordinal)) throw new FormatException($"command must start with t=<time>: '{text}'");
        long time = long.Parse(words[0][2..], CultureInfo.InvariantCulture);
        string verb = words[1];
        var rest = words.Skip(2).ToList();
        var args = Arguments(rest.Where(w => w.Contains('=')));
        var positional = rest.Where(w => !w.Contains('=')).ToList();
        // "inst=all" (mass cancel across instruments) is instrument 0.
        int instrument = !args.TryGetValue("inst", out var inst) ? defaultInstrument : inst == "all" ? 0 : int.Parse(inst, CultureInfo.InvariantCulture);
        switch (verb)
        {
            case "place":
            {
                // place P1 c1 buy limit gtc 10@100 [stop=..] [display=..] [expire=..] [postonly] [reprice]
                var (quantity, price) = QuantityAtPrice(positional[5]);
                var flags = OrderFlags.None;
                if (positional.Contains("postonly")) flags |= OrderFlags.PostOnly;
                if (positional.Contains("reprice")) flags |= OrderFlags.RepriceIfTaking;
                engine.Place(new PlaceOrder(time, instrument, Participant(positional[0]), ClientOrderId(positional[1]),
                    ParseSide(positional[2]), ParseType(positional[3]), ParseTif(positional[4]), price, quantity)
                {
                    StopPrice = Long(args, "stop"),
                    DisplayQuantity = Long(args, "display"),
                    ExpireTime = Long(args, "expire"),
                    Flags = flags,
                });
                break;
            }
            case "cancel":
                engine.Cancel(new CancelOrder(time, instrument, Participant(positional[0]), ClientOrderId(positional[1])));
                break;
            case "amend":
            {
                var (quantity, price) = QuantityAtPrice(positional[2]);
                engine.Amend(new AmendOrder(time, instrument, Participant(positional[0]), ClientOrderId(positional[1]), price, quantity));
                break;
            }
            case "masscancel":
                engine.MassCancel(new MassCancel(time, args.TryGetValue("inst", out var mi) && mi == "all" ? 0 : instrument,
                    positional[0] == "all" ? 0 : Participant(positional[0])));
                break;
            case "phase":
                engine.SetPhase(new SetPhase(time, instrument, Enum.Parse<TradingPhase>(positional[0])));
                break;
            case "advance":
                engine.AdvanceTime(new AdvanceTime(time));
                break;
            case "open":
                // open P1 Retail [short=N]
                engine.ApplyAccount(new AccountCommand(time, AccountAction.OpenAccount, Participant(positional[0]),
                    Amount: Long(args, "short"), Category: Enum.TryParse<ParticipantCategory>(positional[1], out var category) ? category : (ParticipantCategory)99));
                break;
            case "deposit" or "withdraw" or "fee":
                // deposit P1 EUR 1000
                engine.ApplyAccount(new AccountCommand(time, verb switch { "deposit" => AccountAction.DepositCash, "withdraw" => AccountAction.WithdrawCash, _ => AccountAction.ChargeFee },
                    Participant(positional[0]), Currency: Currency(positional[1]), Amount: long.Parse(positional[2], CultureInfo.InvariantCulture)));
                break;
            case "deposit-units" or "withdraw-units":
                // deposit-units P1 100 [inst=N] [price=P]
                engine.ApplyAccount(new AccountCommand(time, verb == "deposit-units" ? AccountAction.DepositHoldings : AccountAction.WithdrawHoldings,
                    Participant(positional[0]), instrument, Amount: long.Parse(positional[1], CultureInfo.InvariantCulture), Price: Long(args, "price")));
                break;
            case "transfer":
                // transfer P1 P2 10 [inst=N]
                engine.ApplyAccount(new AccountCommand(time, AccountAction.TransferHoldings, Participant(positional[0]), instrument,
                    Counterparty: Participant(positional[1]), Amount: long.Parse(positional[2], CultureInfo.InvariantCulture)));
                break;
            case "dividend" or "coupon" or "redeem":
                // dividend P9 5 [inst=N]: cash per unit
                engine.ApplyAccount(new AccountCommand(time, verb switch { "dividend" => AccountAction.PayDividend, "coupon" => AccountAction.PayCoupon, _ => AccountAction.RedeemBond },
                    Participant(positional[0]), instrument, Amount: long.Parse(positional[1], CultureInfo.InvariantCulture)));
                break;
            case "stp":
                engine.SetSelfTradePrevention(new SetSelfTradePrevention(time, Participant(positional[0]), Enum.Parse<SelfTradePrevention>(positional[1])));
                break;
            default:
                throw new FormatException($"unknown command '{verb}' in '{text}'");
        }
        return time;
    }

    private static EngineOptions ParseEngine(string line, EngineOptions options)
    {
        var args = Arguments(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1));
        return options with
        {
            Seed = args.TryGetValue("seed", out var seed) ? ulong.Parse(seed, CultureInfo.InvariantCulture) : options.Seed,
            Accounts = args.TryGetValue("accounts", out var accounts) ? accounts == "on" : options.Accounts,
        };
    }

    /// <summary>instrument id=1 ref=100 [tick=1 | band=1 scale=4] [lot=..] [min-notional=..] [range=bps] [kind=..] [model=..] [collars ...] [schedule ...]</summary>
    private static InstrumentSpec ParseInstrument(string line)
    {
        var a = Arguments(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1));
        var controls = new PriceControls
        {
            StaticOrderCollarBps = a.TryGetValue("order-collar", out var oc) ? long.Parse(oc, CultureInfo.InvariantCulture) : 0,
            StaticTradeCollarBps = a.TryGetValue("trade-collar", out var tc) ? long.Parse(tc, CultureInfo.InvariantCulture) : 0,
            DynamicTradeCollarBps = a.TryGetValue("dynamic-collar", out var dc) ? long.Parse(dc, CultureInfo.InvariantCulture) : 0,
            VolatilityAuctionDuration = a.TryGetValue("vol-duration", out var vd) ? long.Parse(vd, CultureInfo.InvariantCulture) : 120,
            VolatilityAuctionMaxRandomExtension = a.TryGetValue("vol-random", out var vr) ? long.Parse(vr, CultureInfo.InvariantCulture) : 0,
        };
        var schedule = new TradingSchedule
        {
            OpenCallStart = Long(a, "open-call", -1),
            OpeningAuction = Long(a, "open", -1),
            ClosingCallStart = Long(a, "close-call", -1),
            ClosingAuction = Long(a, "close", -1),
            DayEnd = Long(a, "day-end", -1),
            UncrossTimes = a.TryGetValue("uncross", out var u) ? u.Split(',').Select(x => long.Parse(x, CultureInfo.InvariantCulture)).ToList() : [],
            BatchInterval = Long(a, "batch", 0),
        };
        return new InstrumentSpec
        {
            Id = int.Parse(a["id"], CultureInfo.InvariantCulture),
            Symbol = a.TryGetValue("symbol", out var symbol) ? symbol : "SX" + a["id"],
            ReferencePrice = long.Parse(a["ref"], CultureInfo.InvariantCulture),
            PriceScale = (int)Long(a, "scale", 0),
            TickTable = a.TryGetValue("tick", out var tick) ? TickSizeTable.Uniform(long.Parse(tick, CultureInfo.InvariantCulture)) : null,
            LiquidityBand = (int)Long(a, "band", 1),
            LotSize = Long(a, "lot", 1),
            MinimumOrderNotional = Long(a, "min-notional", 0),
            PriceBandBps = Long(a, "range", 5000),
            Kind = a.TryGetValue("kind", out var kind) ? Enum.Parse<InstrumentKind>(kind) : InstrumentKind.EquityShare,
            TradingModel = a.TryGetValue("model", out var model) ? Enum.Parse<TradingModelKind>(model) : TradingModelKind.ContinuousWithAuctions,
            PriceControls = controls,
            Schedule = schedule,
            Currency = a.TryGetValue("currency", out var currency) ? currency : "EUR",
            AccountRules = new AccountRules
            {
                EligibleCategories = a.TryGetValue("eligible", out var eligible) ? Enum.Parse<ParticipantCategories>(eligible) : ParticipantCategories.All,
                MakerFeeBps = Long(a, "maker-fee", 0),
                TakerFeeBps = Long(a, "taker-fee", 0),
                SettlementDelay = Long(a, "settle", 0),
                DividendCapPerUnit = Long(a, "dividend-cap", 0),
            },
        };
    }

    /// <summary>"accounts P1": the participant's cash in every currency and holding in every instrument; "fees EUR": fees collected.</summary>
    private static List<string> AccountTable(MatchingEngine<EventLog> engine, string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words[0] == "fees") return [$"collected={engine.FeesCollected(words[1])}"];
        int participant = Participant(words[1]);
        var lines = new List<string>();
        foreach (var currency in engine.Instruments.Select(i => i.Currency).Distinct().Order())
        {
            var cash = engine.CashOf(participant, currency);
            lines.Add($"cash {currency} total={cash.Total} reserved={cash.Reserved} pending={cash.Pending}");
        }
        foreach (var spec in engine.Instruments)
        {
            var h = engine.HoldingOf(participant, spec.Id);
            if (h == default) continue;
            lines.Add($"holding {spec.Symbol} total={h.Total} reserved={h.Reserved} pending={h.Pending} cost={h.CostBasis} pnl={h.RealisedPnl}");
        }
        return lines;
    }

    private static int Currency(string code) => code.Length == 3 && code.All(char.IsAsciiLetterUpper) ? CurrencyCode.Pack(code) : -1; // not a code: the engine must refuse it

    private static Dictionary<string, string> Arguments(IEnumerable<string> words) =>
        words.Select(w => w.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);

    private static long Long(Dictionary<string, string> args, string key, long fallback = 0) =>
        args.TryGetValue(key, out var v) ? long.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static int Participant(string word) => int.Parse(word.TrimStart('P'), CultureInfo.InvariantCulture);

    private static long ClientOrderId(string word) => long.Parse(word.TrimStart('c'), CultureInfo.InvariantCulture);

    private static (long Quantity, long Price) QuantityAtPrice(string word)
    {
        var parts = word.Split('@');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? long.Parse(parts[1], CultureInfo.InvariantCulture) : 0);
    }

    private static Side ParseSide(string word) => word switch { "buy" => Side.Buy, "sell" => Side.Sell, _ => (Side)99 };

    private static OrderType ParseType(string word) => word switch
    {
        "limit" => OrderType.Limit,
        "market" => OrderType.Market,
        "stop" => OrderType.Stop,
        "stoplimit" => OrderType.StopLimit,
        "mtl" => OrderType.MarketToLimit,
        _ => (OrderType)99,
    };

    private static TimeInForce ParseTif(string word) => word switch
    {
        "day" => TimeInForce.Day,
        "gtc" => TimeInForce.GoodTillCancelled,
        "gtd" => TimeInForce.GoodTillDate,
        "ioc" => TimeInForce.ImmediateOrCancel,
        "fok" => TimeInForce.FillOrKill,
        "open" => TimeInForce.AtTheOpen,
        "close" => TimeInForce.AtTheClose,
        _ => (TimeInForce)99,
    };
}
