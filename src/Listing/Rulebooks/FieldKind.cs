namespace SocialExchange.Listing.Rulebooks;

/// <summary>What kind of value a catalogued field holds; decides which rule kinds may use it.</summary>
public enum FieldKind : byte
{
    /// <summary>A count or plain number.</summary>
    Number = 1,

    /// <summary>An amount in a currency; thresholds on it name their currency.</summary>
    Money = 2,

    /// <summary>A share (percentages in the data, fractions in thresholds), compared exactly.</summary>
    Share = 3,

    /// <summary>A calendar date.</summary>
    Date = 4,

    /// <summary>Free text or a name: present or not.</summary>
    Text = 5,

    /// <summary>true or false.</summary>
    Flag = 6,

    /// <summary>A list of codes or texts.</summary>
    List = 7,
}
