namespace MergeResolver.Text;

/// <summary>Why an input was refused rather than merged.</summary>
public enum InvalidTextReason
{
    /// <summary>The input holds NUL bytes outside UTF-16: git treats it as binary, and so do we.</summary>
    Binary,

    /// <summary>The input is not valid in its encoding.</summary>
    Undecodable,
}

/// <summary>An input that cannot be merged as text.</summary>
public sealed class InvalidTextException(InvalidTextReason reason, string message) : Exception(message)
{
    /// <summary>Why the input was refused.</summary>
    public InvalidTextReason Reason { get; } = reason;
}
