namespace SocialExchange.Matching.Results;

/// <summary>
/// Why the engine refused a command or ended an order. Numeric ranges group the codes by the stage that
/// decides them: 1xx command validation, 2xx references to unknown things, 3xx trading phase and instrument
/// state, 4xx price controls, 5xx order lifecycle outcomes (cancellations and expiries), 6xx accounts and pre-trade risk.
/// <see cref="ResultCodes.Describe"/> gives the sentence a person reads.
/// </summary>
public enum ResultCode : ushort
{
    Ok = 0,

    // 1xx: the command itself is malformed.
    QuantityNotPositive = 101,
    QuantityNotMultipleOfLot = 102,
    PriceNotPositive = 103,
    PriceOffTick = 104,
    BelowMinimumOrderValue = 105,
    InvalidSide = 106,
    InvalidOrderType = 107,
    InvalidTimeInForce = 108,
    InvalidDisplayQuantity = 109,
    InvalidStopPrice = 110,
    ExpiryTimeNotInFuture = 111,
    InvalidClientOrderId = 112,
    InvalidParticipant = 113,
    TimeWentBackwards = 114,
    DuplicateClientOrderId = 115,
    AmendChangesNothing = 116,
    UnsupportedCombination = 117,

    // 2xx: the command names something the engine does not know.
    UnknownInstrument = 201,
    UnknownOrder = 202,

    // 3xx: the instrument's state does not allow the command now.
    WrongPhase = 301,
    InstrumentNotTransferable = 302,
    NoSecondaryTrading = 303,
    IllegalPhaseTransition = 304,
    NoOppositeLiquidity = 305,
    PostOnlyWouldTake = 306,
    StopOrderNotAmendable = 307,

    // 4xx: price controls.
    PriceOutsideStaticCollar = 401,
    PriceOutsideLadder = 402,

    // 5xx: why a live order ended without trading its whole quantity.
    CancelledByParticipant = 501,
    CancelledByMassCancel = 502,
    ImmediateOrCancelRemainder = 503,
    FillOrKillNotFillable = 504,
    SelfTradePrevented = 505,
    MarketOrderRemainder = 506,
    ExpiredEndOfDay = 507,
    ExpiredGoodTillDate = 508,
    ExpiredAfterAuction = 509,
    CancelledByVolatilityInterruption = 510,

    // 6xx: accounts and pre-trade risk (only when the engine keeps accounts).
    AccountNotOpen = 601,
    InsufficientCash = 602,
    InsufficientHoldings = 603,
    NotEligible = 604,
    InvalidAmount = 605,
    InvalidCurrency = 606,
    CurrencyMismatch = 607,
    DistributionNotAllowed = 608,
    DividendAboveCap = 609,
    RedemptionBlocked = 610,
    InvalidAccountAction = 611,
    AccountsDisabled = 612,
    InvalidCategory = 613,
}
