namespace SocialExchange.Matching.Instruments;

/// <summary>The market structure an instrument trades under, chosen per instrument or segment by configuration.</summary>
public enum TradingModelKind : byte
{
    /// <summary>Opening call and auction, continuous trading, closing call and auction.</summary>
    ContinuousWithAuctions = 1,

    /// <summary>Call phase all day with uncrosses at set times of day (e.g. 11:30 and 16:30, as Euronext does for illiquid shares).</summary>
    PeriodicAuctions = 2,

    /// <summary>Call phase all day with an uncross every fixed interval (frequent batch auctions).</summary>
    FrequentBatchAuctions = 3,

    /// <summary>Primary market only: no secondary trading, every order is rejected.</summary>
    PrimaryOnly = 4,
}
