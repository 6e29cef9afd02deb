namespace MergeResolver.Tokens;

/// <summary>Text the token merge settled.</summary>
public sealed record SettledText(string Text) : TokenMergePiece;
