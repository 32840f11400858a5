using SocialExchange.Matching.Commands;
using SocialExchange.Matching.Engine;
using SocialExchange.Matching.Tests.Oracle;
using SocialExchange.Matching.Tests.Support;

namespace SocialExchange.Matching.Tests.Commands;

/// <summary>The flat command slot carries every command kind without losing a field.</summary>
public sealed class EngineCommandTests
{
    [Fact]
    public void FromAndToRecord_EveryRandomCommand_RoundTrips()
    {
        foreach (var command in new RandomCommandStream(11, 2).Take(5_000))
            Assert.Equal(command, Slot(command).ToRecord());
    }

    [Fact]
    public void ApplyTo_SameStreamAsDirectCalls_SameEventsAndHash()
    {
        var direct = new EventLog();
        var viaSlot = new EventLog();
        var first = new MatchingEngine<EventLog>(new EngineOptions(), direct);
        var second = new MatchingEngine<EventLog>(new EngineOptions(), viaSlot);
        foreach (var spec in OracleInstruments.Take(2)) { first.AddInstrument(spec); second.AddInstrument(spec); }
        foreach (var command in new RandomCommandStream(12, 2).Take(3_000))
        {
            CommandDispatch.Apply(first, command);
            Slot(command).ApplyTo(second);
        }
        Assert.True(direct.Events.SequenceEqual(viaSlot.Events));
        Assert.Equal(first.StateHash(), second.StateHash());
    }

    private static EngineCommand Slot(object command) => Hosting.HostTestSupport.ToEngineCommand(command);
}
