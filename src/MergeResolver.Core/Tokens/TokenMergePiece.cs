namespace MergeResolver.Tokens;

/// <summary>A piece of a token-level merge: settled text, or a token conflict.</summary>
public abstract record TokenMergePiece;
