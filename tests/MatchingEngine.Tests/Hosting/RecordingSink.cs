using SocialExchange.Matching.Hosting;

namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>Keeps every outbound event a host's fan-out delivered, for assertions after the host stopped.</summary>
public sealed class RecordingSink : IOutboundSink
{
    private readonly List<OutboundEvent> _events = [];
    private readonly List<int> _endsOfBatch = [];

    public void OnEvent(in OutboundEvent e)
    {
        lock (_events) _events.Add(e);
    }

    public void OnEndOfBatch()
    {
        lock (_events) _endsOfBatch.Add(_events.Count);
    }

    /// <summary>For each end of batch the fan-out signalled, how many events the sink had received by then.</summary>
    public List<int> EndsOfBatch
    {
        get { lock (_events) return [.. _endsOfBatch]; }
    }

    public List<OutboundEvent> Events
    {
        get { lock (_events) return [.. _events]; }
    }

    public List<CommandCompleted> Completions => Events.Where(e => e.Kind == OutboundEventKind.CommandCompleted).Select(e => e.As<CommandCompleted>()).ToList();

    public List<T> Of<T>(OutboundEventKind kind) where T : unmanaged => Events.Where(e => e.Kind == kind).Select(e => e.As<T>()).ToList();
}
