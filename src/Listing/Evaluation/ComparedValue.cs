namespace SocialExchange.Listing.Evaluation;

/// <summary>One comparison a rule made: what was measured, the application's value and what the rule requires.</summary>
/// <param name="Quantity">What is compared, e.g. "free float".</param>
/// <param name="Actual">The application's value, e.g. "12.5%", or "not stated".</param>
/// <param name="Required">The requirement, e.g. "&gt;= 10%" or "&gt;= INR 10,000 (since 2023-12-28, S-30)".</param>
public sealed record ComparedValue(string Quantity, string Actual, string Required)
{
    public override string ToString() => $"{Quantity}: {Actual} vs {Required}";
}
