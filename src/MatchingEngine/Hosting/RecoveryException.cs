namespace SocialExchange.Matching.Hosting;

/// <summary>Recovery cannot rebuild the acknowledged state (no usable snapshot and the journal does not start at 1, ...); the message says what is missing.</summary>
public sealed class RecoveryException(string message, Exception? inner = null) : Exception(message, inner);
