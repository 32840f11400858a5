using SocialExchange.Matching.Results;
using System.Globalization;
using System.Text.Json;
using SocialExchange.DemoDay;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Hosting;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Phases;

// A demo trading day of the Borsa dell'Impatto Sociale through the matching engine: four fictional instruments,
// one per market structure, a seeded crowd of investors, the clock advanced minute by minute from 07:30 to 20:00.
// With --journal DIR the day runs through the engine host instead (ring, durable journal, matching thread,
// acknowledgements), and running it again on the same DIR shows the market recovered from disk. Investors trade
// with simulated endowments: the engine keeps their accounts and refuses what they cannot pay for or do not hold.
// Usage: dotnet run --project src/DemoDay [-- --seed N] [--investors N] [--json] [--journal DIR]

int seed = 2026, investors = 40;
bool json = false;
string? journal = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], out seed): i++; break;
        case "--investors" when i + 1 < args.Length && int.TryParse(args[i + 1], out investors) && investors > 0: i++; break;
        case "--json": json = true; break;
        case "--journal" when i + 1 < args.Length && args[i + 1].Length > 0: journal = args[++i]; break;
        case "--help" or "-h":
            Console.WriteLine("usage: dotnet run --project src/DemoDay -- [--seed N] [--investors N] [--json] [--journal DIR]");
            return 0;
        default:
            Console.Error.WriteLine($"demo: unknown or incomplete argument '{args[i]}' (try --help)");
            return 2;
    }
}

var summary = new DaySummary();
// Engine time is nanoseconds since the Unix epoch (UTC); the schedule repeats every day of it.
long day = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds() / 86_400 * TradingSchedule.Day;
long start = day + 7 * TradingSchedule.Hour + 30 * TradingSchedule.Minute;
long commands = 0;
ulong stateHash;
HostedDay.Outcome? hosted = null;
AccountsSummary accounts;
if (journal is not null)
{
    try
    {
        hosted = HostedDay.Run(journal, seed, investors, day, start, summary);
    }
    catch (Exception e) when (e is RecoveryException or SocialExchange.Matching.Journaling.JournalCorruptedException or IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"demo: the journal in {journal} cannot be used: {e.Message}");
        return 1;
    }
    commands = hosted.Commands;
    stateHash = hosted.StateHash;
    accounts = AccountsSummary.Read(hosted.Accounts, investors);
}
else
{
    var engine = new MatchingEngine<DaySummary>(new EngineOptions { Seed = (ulong)seed, Accounts = true }, summary);
    foreach (var spec in DemoMarket.Instruments) engine.AddInstrument(spec, start);
    var traders = new DemoTraders(investors, (ulong)seed);
    foreach (var funding in traders.Funding(start))
    {
        engine.ApplyAccount(funding);
        commands++;
    }
    for (long time = start; time < day + 20 * TradingSchedule.Hour; time += TradingSchedule.Minute)
    {
        engine.AdvanceTime(new AdvanceTime(time));
        commands++;
        // Investors are active while some market is open, from 08:00 to 17:35.
        if (time < day + 8 * TradingSchedule.Hour || time > day + 17 * TradingSchedule.Hour + 35 * TradingSchedule.Minute) continue;
        foreach (var command in traders.Minute(time))
        {
            commands++;
            switch (command)
            {
                case PlaceOrder place: engine.Place(place); break;
                case CancelOrder cancel: engine.Cancel(cancel); break;
            }
        }
    }
    engine.AdvanceTime(new AdvanceTime(day + 20 * TradingSchedule.Hour));
    commands++;
    engine.ValidateInternalState();
    stateHash = engine.StateHash();
    accounts = AccountsSummary.Read(engine, investors);
}

string Clock(long t) => TimeSpan.FromTicks((t - day) / 100).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
string Price(InstrumentSpec spec, long price) =>
    (price / Math.Pow(10, spec.PriceScale)).ToString("F" + spec.PriceScale, CultureInfo.InvariantCulture) + (spec.Kind == InstrumentKind.Bond ? "%" : "");

if (json)
{
    var result = new
    {
        seed,
        investors,
        commands,
        events = summary.Events,
        state_hash = stateHash.ToString("x16", CultureInfo.InvariantCulture),
        journal = hosted is null ? null : new { directory = journal, records = hosted.JournalRecords, snapshot = hosted.Snapshot, recovery = hosted.Recovery },
        instruments = DemoMarket.Instruments.Select(spec =>
        {
            var d = summary.Instruments.GetValueOrDefault(spec.Id) ?? new DaySummary.InstrumentDay();
            var s = d.Statistics;
            return new
            {
                id = spec.Id,
                symbol = spec.Symbol,
                model = spec.TradingModel.ToString(),
                accepted = d.Accepted,
                rejected = d.Rejected,
                trades = d.Trades,
                auction_trades = d.AuctionTrades,
                open = s?.Open ?? 0, high = s?.High ?? 0, low = s?.Low ?? 0, last = s?.Last ?? 0,
                volume = s?.Volume ?? 0, turnover = (s?.Turnover ?? 0).ToString(CultureInfo.InvariantCulture), vwap = s?.Vwap ?? 0,
                phases = d.Phases.Select(p => new { time = Clock(p.Time), phase = p.Phase.ToString() }).ToList(),
            };
        }).ToList(),
        fees_collected_eur = accounts.FeesCollected,
        investor_accounts = accounts.Investors.Select(i => new
        {
            participant = i.Participant,
            category = i.Category,
            cash_eur = i.Cash, reserved_eur = i.ReservedCash, pending_eur = i.PendingCash,
            pnl_eur = i.Pnl,
            positions = i.Positions.Select(p => new
            {
                symbol = p.Symbol, units = p.Units, pending_units = p.PendingUnits, average_cost = p.AverageCost,
                realised_pnl_eur = p.RealisedPnl, unrealised_pnl_eur = p.UnrealisedPnl,
            }).ToList(),
        }).ToList(),
        rejections = summary.Rejections.ToDictionary(r => r.Key.ToString(), r => r.Value),
        order_endings = summary.Endings.ToDictionary(r => r.Key.ToString(), r => r.Value),
    };
    Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
    return 0;
}

Console.WriteLine("Borsa dell'Impatto Sociale: demo trading day, 23 Nov 2026 (fictional issuers, simulated investors)");
if (hosted is { Commands: 0 })
{
    Console.WriteLine($"The market in {journal} came back from disk: {hosted.Recovery}.");
    Console.WriteLine($"{hosted.JournalRecords:N0} journal records, state hash {stateHash:x16}: the one the day ended with.");
    return 0;
}
Console.WriteLine($"seed {seed}, {investors} investors, {commands:N0} commands, {summary.Events:N0} events, state hash {stateHash:x16}");
if (hosted is not null)
    Console.WriteLine($"through the engine host: {hosted.JournalRecords:N0} journal records (durable) in {journal}, snapshot {hosted.Snapshot}; run again with the same --journal to see it recovered");
foreach (var spec in DemoMarket.Instruments)
{
    var d = summary.Instruments.GetValueOrDefault(spec.Id) ?? new DaySummary.InstrumentDay();
    Console.WriteLine();
    Console.WriteLine($"{spec.Symbol}: {DemoMarket.Describe(spec.Id)}");
    Console.WriteLine($"  orders accepted {d.Accepted}, rejected {d.Rejected}, cancelled {d.Cancelled}, expired {d.Expired}");
    if (d.Statistics is { Volume: > 0 } s)
    {
        Console.WriteLine($"  open {Price(spec, s.Open)}  high {Price(spec, s.High)}  low {Price(spec, s.Low)}  close {Price(spec, s.Last)}  VWAP {Price(spec, s.Vwap)}");
        Console.WriteLine($"  {d.Trades} trades ({d.AuctionTrades} in auctions), volume {s.Volume:N0}");
    }
    else Console.WriteLine("  no trades");
    var phases = d.Phases.Where(p => p.Phase is not (TradingPhase.OpeningUncross or TradingPhase.ClosingUncross or TradingPhase.CallUncross)).ToList();
    int uncrosses = d.Phases.Count(p => p.Phase is TradingPhase.OpeningUncross or TradingPhase.ClosingUncross or TradingPhase.CallUncross);
    if (phases.Count > 0)
    {
        var shown = phases.DistinctBy(p => p.Phase).Select(p => $"{Clock(p.Time)} {p.Phase}");
        Console.WriteLine($"  phases: {string.Join(", ", shown)}{(uncrosses > 0 ? $"; {uncrosses} uncrosses" : "")}");
    }
}
Console.WriteLine();
string Euro(decimal amount) => "EUR " + amount.ToString("N2", CultureInfo.InvariantCulture);
string Signed(decimal amount) => (amount >= 0 ? "+" : "-") + Euro(Math.Abs(amount));
Console.WriteLine($"Investor accounts (simulated endowments, T+2 settlement: today's trades are still pending); fees collected {Euro(accounts.FeesCollected)}");
var ranked = accounts.Investors.OrderByDescending(i => i.Pnl).ThenBy(i => i.Participant).ToList();
foreach (var investor in ranked.Take(3).Concat(ranked.TakeLast(Math.Min(2, Math.Max(0, ranked.Count - 3)))))
{
    Console.WriteLine($"  P{investor.Participant} ({investor.Category}): P&L {Signed(investor.Pnl)}; cash {Euro(investor.Cash)}" +
        (investor.PendingCash != 0 ? $", {Euro(investor.PendingCash)} pending" : "") + (investor.ReservedCash != 0 ? $", {Euro(investor.ReservedCash)} reserved" : ""));
    foreach (var p in investor.Positions.Where(p => p.Units + p.PendingUnits != 0))
        Console.WriteLine($"      {p.Symbol,-7} {p.Units,7:N0} held{(p.PendingUnits != 0 ? $" {p.PendingUnits:+#,0;-#,0} pending" : ""),-16} avg cost {p.AverageCost,8:N2}  realised {Signed(p.RealisedPnl)}, unrealised {Signed(p.UnrealisedPnl)}");
}
Console.WriteLine("  (best three and worst two by P&L today; --json lists every investor)");
Console.WriteLine();
Console.WriteLine("Rejected commands by reason:");
foreach (var (code, count) in summary.Rejections) Console.WriteLine($"  {count,6}  {code}: {code.Describe()}");
Console.WriteLine("Orders ended without trading in full:");
foreach (var (code, count) in summary.Endings) Console.WriteLine($"  {count,6}  {code}: {code.Describe()}");
return 0;
