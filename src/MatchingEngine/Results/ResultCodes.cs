namespace SocialExchange.Matching.Results;

/// <summary>Readable sentences for <see cref="ResultCode"/>. Constant strings: describing a code never allocates.</summary>
public static class ResultCodes
{
    /// <summary>The sentence a person reads for <paramref name="code"/>.</summary>
    public static string Describe(this ResultCode code) => code switch
    {
        ResultCode.Ok => "accepted",
        ResultCode.QuantityNotPositive => "quantity must be greater than zero",
        ResultCode.QuantityNotMultipleOfLot => "quantity must be a whole number of lots",
        ResultCode.PriceNotPositive => "price must be greater than zero",
        ResultCode.PriceOffTick => "price is not on the instrument's tick grid for that price range",
        ResultCode.BelowMinimumOrderValue => "order value (price times quantity) is below the instrument's minimum order value",
        ResultCode.InvalidSide => "side must be buy or sell",
        ResultCode.InvalidOrderType => "order type is not one the engine knows",
        ResultCode.InvalidTimeInForce => "time in force is not one the engine knows",
        ResultCode.InvalidDisplayQuantity => "display quantity must be positive, a whole number of lots and below the order quantity, on a limit order",
        ResultCode.InvalidStopPrice => "stop price must be positive and on tick for stop orders, and zero for other orders",
        ResultCode.ExpiryTimeNotInFuture => "good-till-date orders need an expiry time after the command time; other orders must not have one",
        ResultCode.InvalidClientOrderId => "client order id must be between 1 and 2^40 - 1",
        ResultCode.InvalidParticipant => "participant id must be between 1 and 2^23 - 1",
        ResultCode.TimeWentBackwards => "command time is earlier than the engine clock",
        ResultCode.DuplicateClientOrderId => "the participant already has an open order with this client order id",
        ResultCode.AmendChangesNothing => "amendment keeps the same price and quantity",
        ResultCode.UnsupportedCombination => "this combination of order type, time in force and flags is not supported",
        ResultCode.UnknownInstrument => "no instrument with this id is listed",
        ResultCode.UnknownOrder => "the participant has no open order with this client order id on this instrument",
        ResultCode.WrongPhase => "the instrument's trading phase does not accept this order or command now",
        ResultCode.InstrumentNotTransferable => "the instrument is not transferable: it cannot be traded on the exchange",
        ResultCode.NoSecondaryTrading => "the instrument's trading model has no secondary trading",
        ResultCode.IllegalPhaseTransition => "the requested phase change is not allowed from the current phase",
        ResultCode.NoOppositeLiquidity => "a market-to-limit order needs a resting order on the opposite side",
        ResultCode.PostOnlyWouldTake => "a post-only order would have traded on arrival",
        ResultCode.StopOrderNotAmendable => "a stop order waiting for its trigger cannot be amended; cancel and re-enter it",
        ResultCode.PriceOutsideStaticCollar => "limit price is outside the static collar around the reference price",
        ResultCode.PriceOutsideLadder => "limit price is outside the instrument's price band",
        ResultCode.CancelledByParticipant => "cancelled at the participant's request",
        ResultCode.CancelledByMassCancel => "cancelled by a mass cancel (kill switch)",
        ResultCode.ImmediateOrCancelRemainder => "immediate-or-cancel remainder cancelled",
        ResultCode.FillOrKillNotFillable => "fill-or-kill order could not be filled in full at once",
        ResultCode.SelfTradePrevented => "cancelled to prevent a trade with the same participant",
        ResultCode.MarketOrderRemainder => "market order remainder cancelled: no more liquidity inside the price controls",
        ResultCode.ExpiredEndOfDay => "day order expired at the end of the trading day",
        ResultCode.ExpiredGoodTillDate => "good-till-date order reached its expiry time",
        ResultCode.ExpiredAfterAuction => "at-auction order expired after its auction",
        ResultCode.CancelledByVolatilityInterruption => "immediate order remainder cancelled because a price control interrupted trading",
        _ => "unknown result code",
    };
}
