namespace MergeResolver.Tokens;

/// <summary>A piece of a token-level merge: settled text, or a token conflict.</summary>
public abstract record TokenMergePiece;

/// <summary>Text the token merge settled.</summary>
public sealed record SettledText(string Text) : TokenMergePiece;

/// <summary>Tokens both sides changed differently: what is left to decide inside a hunk.</summary>
public sealed record TokenConflict(TokenRun Ours, TokenRun Base, TokenRun Theirs) : TokenMergePiece;
