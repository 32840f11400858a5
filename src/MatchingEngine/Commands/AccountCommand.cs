using SocialExchange.Matching.Accounts;

namespace SocialExchange.Matching.Commands;

/// <summary>
/// An administrative command on accounts: funding, holdings, transfers, distributions and fees (see
/// <see cref="AccountAction"/> for what each does and which fields it reads). Journaled like every order, so a
/// replay rebuilds every balance. Fields an action does not use must be zero.
/// </summary>
/// <param name="Time">Engine time; for a distribution, the record date (holders of record are the settled holders then).</param>
/// <param name="Action">What to do.</param>
/// <param name="Participant">The account acted on; the payer of a distribution or fee.</param>
/// <param name="Instrument">The instrument of a holdings action or distribution.</param>
/// <param name="Counterparty">The receiving participant of a transfer.</param>
/// <param name="Currency">A <see cref="CurrencyCode"/>-packed currency for cash actions.</param>
/// <param name="Amount">Cash units, holdings units, cash per unit for a distribution, or the short-sale limit (units) when opening an account.</param>
/// <param name="Category">The participant's category when opening an account.</param>
/// <param name="Price">
/// For a deposit of holdings, the unit price (in the instrument's price units) the units are booked at: their cost
/// basis, so later P&amp;L is measured against it. Zero books them at no cost.
/// </param>
public readonly record struct AccountCommand(
    long Time,
    AccountAction Action,
    int Participant,
    int Instrument = 0,
    int Counterparty = 0,
    int Currency = 0,
    long Amount = 0,
    ParticipantCategory Category = ParticipantCategory.None,
    long Price = 0);
