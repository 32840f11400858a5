using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Journaling;
using SocialExchange.Matching.Tests.Oracle;

namespace SocialExchange.Matching.Tests.Journaling;

/// <summary>Commands to journal, and appending them when they are held boxed.</summary>
public static class JournalTestData
{
    /// <summary>The oracle's seeded random stream on two instruments: every command type, bad input included.</summary>
    public static List<object> RandomCommands(ulong seed, int count) => new RandomCommandStream(seed, 2).Take(count).ToList();

    public static JournalAppendResult Append(JournalWriter writer, long sequence, object command) => command switch
    {
        PlaceOrder c => writer.Append(sequence, in c),
        CancelOrder c => writer.Append(sequence, in c),
        AmendOrder c => writer.Append(sequence, in c),
        MassCancel c => writer.Append(sequence, in c),
        SetPhase c => writer.Append(sequence, in c),
        AdvanceTime c => writer.Append(sequence, in c),
        SetSelfTradePrevention c => writer.Append(sequence, in c),
        ListInstrument c => writer.Append(sequence, in c),
        _ => throw new ArgumentException($"not a command: {command}", nameof(command)),
    };

    /// <summary>Writes <paramref name="commands"/> as sequences 1..n, committing every <paramref name="batch"/> records.</summary>
    public static void Write(string directory, IReadOnlyList<object> commands, JournalWriterOptions options, int batch = 10)
    {
        using var writer = JournalWriter.Open(directory, options);
        for (int i = 0; i < commands.Count; i++)
        {
            Assert.Equal(JournalAppendResult.Appended, Append(writer, writer.NextSequence, commands[i]));
            if ((i + 1) % batch == 0) writer.Commit();
        }
        writer.Commit();
    }

    /// <summary>Every record of the journal, decoded, with its sequence and place.</summary>
    public static List<(long Sequence, object Command, string Segment, long Offset, int Length)> ReadAll(string directory, long fromSequence = 0)
    {
        var records = new List<(long, object, string, long, int)>();
        using var reader = new JournalReader(directory, fromSequence);
        while (reader.TryRead(out var record)) records.Add((record.Sequence, record.Decode(), record.SegmentPath, record.Offset, record.Length));
        return records;
    }

    /// <summary>Segment files in order.</summary>
    /// <summary>Damages one byte of a file in place (inverts some of its bits), as a bad disk or a stray write would.</summary>
    public static void FlipByte(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = offset;
        int b = stream.ReadByte();
        stream.Position = offset;
        stream.WriteByte((byte)(b ^ 0x5A));
    }

    public static string[] Segments(string directory) =>
        Directory.GetFiles(directory, "*" + JournalSegmentLayout.Extension).Order(StringComparer.Ordinal).ToArray();
}
