namespace SocialExchange.Matching.Hosting;

/// <summary>
/// The host's status, shared by its threads. Changes are rare and go through a lock; reads are volatile and
/// lock-free, so producers check it on every submit at no real cost.
/// </summary>
internal sealed class HostState
{
    private readonly Lock _lock = new();
    private readonly Action<string>? _onFailure;
    private int _status = (int)HostStatus.Starting;
    private volatile bool _journalHasFailed;
    private string? _reason;

    public HostState(Action<string>? onFailure) => _onFailure = onFailure;

    public HostStatus Status => (HostStatus)Volatile.Read(ref _status);

    public string? Reason => Volatile.Read(ref _reason);

    /// <summary>True once the journal has failed: nothing after <see cref="Status"/> turned failed will be durable.</summary>
    public bool JournalHasFailed => _journalHasFailed;

    public void Set(HostStatus status, string? reason = null)
    {
        lock (_lock)
        {
            Volatile.Write(ref _reason, reason);
            Volatile.Write(ref _status, (int)status);
        }
    }

    /// <summary>The journal refused or lost the command of <paramref name="sequence"/>: fail the host, once.</summary>
    public void JournalFailed(long sequence, string reason) =>
        Fail($"journal write failed at command {sequence}: {reason}; commands are refused and nothing after command {sequence - 1} is acknowledged", journal: true);

    /// <summary>A stage crashed (a bug): fail the host, once.</summary>
    public void StageCrashed(string stage, Exception exception) => Fail($"the {stage} stage crashed: {exception.GetType().Name}: {exception.Message}", journal: false);

    private void Fail(string reason, bool journal)
    {
        bool first;
        lock (_lock)
        {
            first = Status != HostStatus.Failed;
            if (first) Set(HostStatus.Failed, reason);
            // The flag goes last: the fan-out thread reads it without the lock and then reads Reason for the
            // outcome, which must not be null (it was, now and then, when the flag went first).
            if (journal) _journalHasFailed = true;
        }
        if (first) _onFailure?.Invoke(reason);
    }
}
