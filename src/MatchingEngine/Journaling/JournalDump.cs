using System.Globalization;
using System.Text;
using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Instruments;

namespace SocialExchange.Matching.Journaling;

/// <summary>
/// Prints a journal for people: one line per record (sequence, type, every field of the command), a line per
/// segment, and at the end the verification result, damage included. For tools; it never changes the journal
/// and never throws for damage (it prints it).
/// </summary>
/// <example>
/// <code>
/// segment 00000000000000000001.journal  first 1  file 2048 bytes
///        1 @24    SetPhase                time=0 instrument=1 phase=Continuous
///        2 @57    PlaceOrder              time=1 instrument=1 participant=3 clientOrderId=2 side=Buy type=Limit tif=Day price=100 quantity=5 stop=0 display=0 expire=0 flags=None
/// end: records 1..2 (2) in 1 segment(s), clean
/// </code>
/// </example>
public static class JournalDump
{
    /// <summary>Writes the journal in <paramref name="directory"/> from <paramref name="fromSequence"/> to <paramref name="output"/>; returns the verification result.</summary>
    public static JournalVerification Write(string directory, TextWriter output, long fromSequence = 0)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var scanner = new JournalScanner(directory, fromSequence);
        int segment = -1;
        while (scanner.TryNext(out var record))
        {
            while (segment < scanner.SegmentIndex)
            {
                segment = Math.Max(segment + 1, scanner.FirstSegmentIndex);
                var info = scanner.Segments[segment];
                output.WriteLine($"segment {Path.GetFileName(info.Path)}  first {info.FirstSequence}  file {info.Length} bytes");
            }
            output.WriteLine(Format(record));
        }
        var result = JournalVerifier.ResultOf(directory, scanner);
        output.WriteLine($"end: {result}");
        return result;
    }

    /// <summary>One record as a line: sequence, offset, type, fields.</summary>
    public static string Format(in JournalRecord record) =>
        string.Create(CultureInfo.InvariantCulture, $"{record.Sequence,8} @{record.Offset,-6} {record.Type,-23} {Describe(record.Decode())}");

    /// <summary>A command's fields as <c>name=value</c> pairs.</summary>
    public static string Describe(object command) => command switch
    {
        PlaceOrder c => Invariant($"time={c.Time} instrument={c.Instrument} participant={c.Participant} clientOrderId={c.ClientOrderId} side={c.Side} type={c.Type} tif={c.TimeInForce} price={c.Price} quantity={c.Quantity} stop={c.StopPrice} display={c.DisplayQuantity} expire={c.ExpireTime} flags={c.Flags}"),
        CancelOrder c => Invariant($"time={c.Time} instrument={c.Instrument} participant={c.Participant} clientOrderId={c.ClientOrderId}"),
        AmendOrder c => Invariant($"time={c.Time} instrument={c.Instrument} participant={c.Participant} clientOrderId={c.ClientOrderId} newPrice={c.NewPrice} newQuantity={c.NewQuantity}"),
        MassCancel c => Invariant($"time={c.Time} instrument={c.Instrument} participant={c.Participant}"),
        SetPhase c => Invariant($"time={c.Time} instrument={c.Instrument} phase={c.Phase}"),
        AdvanceTime c => Invariant($"time={c.Time}"),
        SetSelfTradePrevention c => Invariant($"time={c.Time} participant={c.Participant} mode={c.Mode}"),
        AccountCommand c => Invariant($"time={c.Time} action={c.Action} participant={c.Participant} instrument={c.Instrument} counterparty={c.Counterparty} currency={CurrencyCode.Unpack(c.Currency)} amount={c.Amount} category={c.Category} price={c.Price}"),
        ListInstrument c => DescribeListing(c),
        _ => command.ToString() ?? "",
    };

    private static string DescribeListing(ListInstrument listing)
    {
        var s = listing.Spec;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"time={listing.Time} id={s.Id} symbol={s.Symbol} kind={s.Kind} currency={s.Currency} model={s.TradingModel}");
        text.Append(CultureInfo.InvariantCulture, $" scale={s.PriceScale} reference={s.ReferencePrice} lot={s.LotSize} minNotional={s.MinimumOrderNotional} bandBps={s.PriceBandBps}");
        text.Append(" ticks=").Append(s.TickTable is null
            ? Invariant($"rts11(band {s.LiquidityBand})")
            : string.Join(",", s.TickTable.Rows.Select(r => Invariant($"{r.FromPrice}:{r.Tick}"))));
        var c = s.PriceControls;
        text.Append(CultureInfo.InvariantCulture, $" collars={c.StaticOrderCollarBps}/{c.StaticTradeCollarBps}/{c.DynamicTradeCollarBps} volatility={c.VolatilityAuctionDuration}+{c.VolatilityAuctionMaxRandomExtension}");
        var t = s.Schedule;
        text.Append(CultureInfo.InvariantCulture, $" schedule={t.OpenCallStart}/{t.OpeningAuction}/{t.ClosingCallStart}/{t.ClosingAuction}/{t.DayEnd}");
        if (t.BatchInterval != 0) text.Append(CultureInfo.InvariantCulture, $" batch={t.BatchInterval}");
        if (t.UncrossTimes.Count != 0) text.Append(" uncross=").Append(string.Join(",", t.UncrossTimes.Select(u => u.ToString(CultureInfo.InvariantCulture))));
        var a = s.AccountRules;
        if (a != AccountRules.Default)
            text.Append(CultureInfo.InvariantCulture, $" eligible={a.EligibleCategories} fees={a.MakerFeeBps}/{a.TakerFeeBps} settlement={a.SettlementDelay} dividendCap={a.DividendCapPerUnit}");
        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
