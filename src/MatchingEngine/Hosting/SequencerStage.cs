using SocialExchange.Matching.Pipeline;

namespace SocialExchange.Matching.Hosting;

/// <summary>
/// Stage 1: stamps every command with engine time before the journal and the matching thread see it. Reads the
/// clock once per batch (a clock read costs about as much as matching an order here), and never lets time go
/// backwards, so the engine never rejects a command for its time. Commands of one batch share a time.
/// </summary>
internal struct SequencerStage(IEngineClock clock) : IBatchHandler<InboundSlot>
{
    private long _time;
    private bool _stamped;

    public void OnEvent(ref InboundSlot item, long sequence, bool endOfBatch)
    {
        if (!_stamped)
        {
            long now = clock.Now();
            if (now > _time) _time = now;
            _stamped = true;
        }
        item.Command.Time = _time;
        if (endOfBatch) _stamped = false;
    }

    /// <summary>Starts from the recovered engine's clock, so the first command is not earlier than the last one replayed.</summary>
    public void StartFrom(long time) => _time = time;
}
