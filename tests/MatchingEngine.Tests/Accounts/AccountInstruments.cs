using SocialExchange.Matching.Accounts;
using SocialExchange.Matching.Instruments;
using SocialExchange.Matching.Tests.Oracle;

namespace SocialExchange.Matching.Tests.Accounts;

/// <summary>
/// The oracle's two instruments with account rules: the first with maker and taker fees and immediate settlement,
/// the second (lot 10) with a taker fee, settlement 150 time units after the trade, and retail investors excluded.
/// </summary>
public static class AccountInstruments
{
    public static InstrumentSpec First { get; } = OracleInstruments.First with
    {
        AccountRules = new AccountRules { MakerFeeBps = 5, TakerFeeBps = 20 },
    };

    public static InstrumentSpec Second { get; } = OracleInstruments.Second with
    {
        AccountRules = new AccountRules
        {
            TakerFeeBps = 10,
            SettlementDelay = 150,
            EligibleCategories = ParticipantCategories.All & ~ParticipantCategories.Retail,
        },
    };

    public static IReadOnlyList<InstrumentSpec> Both { get; } = [First, Second];
}
