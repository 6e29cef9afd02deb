namespace MergeResolver.Tokens;

/// <summary>
/// A token of a text: its content is <c>[Start, End)</c>, and the white space before it starts at
/// <see cref="LeadingStart"/>, so that concatenating every token's full span gives the text back.
/// </summary>
public readonly record struct Token(int LeadingStart, int Start, int End);
