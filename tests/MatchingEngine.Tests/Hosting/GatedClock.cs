using SocialExchange.Matching.Hosting;

namespace SocialExchange.Matching.Tests.Hosting;

/// <summary>
/// A clock that moves forward by one microsecond at every reading, so commands stamped by different readings (the
/// sequencer reads once per batch) get different times; once <see cref="Hold"/> is called, the next reading waits
/// until <see cref="Release"/>, holding the stamping stage inside a batch while the test publishes more.
/// </summary>
internal sealed class GatedClock : IEngineClock, IDisposable
{
    private readonly ManualResetEventSlim _entered = new();
    private readonly ManualResetEventSlim _released = new(initialState: true);
    private long _now = 1_000_000;
    private volatile bool _holding;

    public long Now()
    {
        if (_holding)
        {
            _holding = false;
            _entered.Set();
            _released.Wait();
        }
        return Interlocked.Add(ref _now, 1_000);
    }

    /// <summary>Makes the next reading wait for <see cref="Release"/>.</summary>
    public void Hold()
    {
        _released.Reset();
        _entered.Reset();
        _holding = true;
    }

    /// <summary>Waits until a reading is being held.</summary>
    public void WaitUntilHeld()
    {
        if (!_entered.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("the stamping stage never read the clock");
    }

    public void Release() => _released.Set();

    public void Dispose()
    {
        _released.Set();
        _entered.Dispose();
        _released.Dispose();
    }
}
