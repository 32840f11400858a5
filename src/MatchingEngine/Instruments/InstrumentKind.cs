namespace SocialExchange.Matching.Instruments;

/// <summary>What an instrument is. The engine treats kinds alike except where noted.</summary>
public enum InstrumentKind : byte
{
    /// <summary>Ordinary share, priced per share.</summary>
    EquityShare = 1,

    /// <summary>Share whose dividend is capped by statute (profitto calmierato); trades like an equity share.</summary>
    CappedDividendShare = 2,

    /// <summary>Bond quoted in percent of nominal; quantity is nominal value.</summary>
    Bond = 3,

    /// <summary>Non-transferable instrument (e.g. a zero-coupon zero-principal donation instrument): every order is rejected.</summary>
    NonTransferable = 4,
}
