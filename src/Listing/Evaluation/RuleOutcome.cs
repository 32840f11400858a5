namespace SocialExchange.Listing.Evaluation;

/// <summary>What a rule says about an application.</summary>
public enum RuleOutcome : byte
{
    /// <summary>The rule does not apply (out of its effective window, or its <c>applies_when</c> does not hold).</summary>
    NotApplicable = 0,

    /// <summary>The application meets the rule.</summary>
    Pass = 1,

    /// <summary>The application does not state what the rule needs; more evidence could make it pass or fail.</summary>
    MissingEvidence = 2,

    /// <summary>The application does not meet the rule.</summary>
    Fail = 3,
}
