namespace SocialExchange.Matching.Accounts;

/// <summary>A participant's account settings: its category (None until opened) and how many units it may sell short per instrument.</summary>
internal struct ParticipantAccount
{
    public ParticipantCategory Category;
    public long ShortSaleLimit;
}
