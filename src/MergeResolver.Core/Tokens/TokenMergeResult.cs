using System.Collections.Immutable;
using System.Text;

namespace MergeResolver.Tokens;

/// <summary>A hunk re-merged over tokens: settled text with the token conflicts that are left.</summary>
public sealed record TokenMergeResult(ImmutableArray<TokenMergePiece> Pieces)
{
    /// <summary>The token conflicts, in order.</summary>
    public ImmutableArray<TokenConflict> Conflicts => [.. Pieces.OfType<TokenConflict>()];

    /// <summary>Whether ours and theirs have the same tokens and differ in white space alone (the result is then ours).</summary>
    public bool SidesDifferInWhiteSpaceOnly { get; init; }

    /// <summary>Whether the token merge resolved the whole hunk.</summary>
    public bool IsResolved => !Pieces.Any(p => p is TokenConflict);

    /// <summary>
    /// The hunk's text with each token conflict replaced by the text <paramref name="choose"/> gives
    /// for it (called with the conflict's index among the conflicts).
    /// </summary>
    public string Render(Func<TokenConflict, int, string> choose)
    {
        var sb = new StringBuilder();
        int k = 0;
        foreach (var piece in Pieces)
        {
            sb.Append(piece switch
            {
                SettledText s => s.Text,
                TokenConflict c => choose(c, k++),
                _ => throw new InvalidOperationException(),
            });
        }

        return sb.ToString();
    }
}
