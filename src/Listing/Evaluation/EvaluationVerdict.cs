namespace SocialExchange.Listing.Evaluation;

/// <summary>The overall result of a rulebook evaluation.</summary>
public enum EvaluationVerdict : byte
{
    /// <summary>Every applicable rule passes.</summary>
    Eligible = 1,

    /// <summary>No rule fails, but some lack evidence.</summary>
    Incomplete = 2,

    /// <summary>At least one rule fails.</summary>
    NotEligible = 3,
}
