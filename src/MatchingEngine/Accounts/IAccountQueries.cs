using SocialExchange.Matching.Instruments;

namespace SocialExchange.Matching.Accounts;

/// <summary>
/// Read-only questions about an engine's accounts: what an investor statement or a report needs. The engine
/// answers them on its own thread; a host hands it out only once stopped (see <c>EngineHost.AccountsAfterStop</c>).
/// </summary>
public interface IAccountQueries
{
    /// <summary>Whether the engine keeps accounts at all.</summary>
    bool KeepsAccounts { get; }

    /// <summary>The listed instruments, by ascending id.</summary>
    IEnumerable<InstrumentSpec> Instruments { get; }

    /// <summary>A participant's category; <see cref="ParticipantCategory.None"/> without an account.</summary>
    ParticipantCategory CategoryOf(int participant);

    /// <summary>A participant's cash in a currency.</summary>
    CashBalance CashOf(int participant, string currency);

    /// <summary>A participant's holding of an instrument, with its cost basis and realised P&amp;L.</summary>
    HoldingBalance HoldingOf(int participant, int instrument);

    /// <summary>Unrealised P&amp;L of a participant's position marked at a price.</summary>
    long UnrealisedPnlOf(int participant, int instrument, long markPrice);

    /// <summary>The last trade price of an instrument, zero before its first trade.</summary>
    long LastPriceOf(int instrument);

    /// <summary>Fees the exchange collected in a currency.</summary>
    long FeesCollected(string currency);
}
