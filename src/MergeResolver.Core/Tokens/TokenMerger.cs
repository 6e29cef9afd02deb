using System.Collections.Immutable;
using System.Text;
using MergeResolver.Diff;
using MergeResolver.Merge;

namespace MergeResolver.Tokens;

/// <summary>
/// Re-merges a line-level conflict over tokens with the same diff3 as the lines, so that changes
/// to different tokens of the same lines merge by themselves. Tokens are compared by content;
/// each token is written with its own side's white space, and stable tokens with ours'.
/// </summary>
public static class TokenMerger
{
    /// <summary>Merges the three sides of a hunk.</summary>
    public static TokenMergeResult Merge(string baseText, string oursText, string theirsText, ITokenizer tokenizer)
    {
        var b = tokenizer.Tokenize(baseText);
        var o = tokenizer.Tokenize(oursText);
        var t = tokenizer.Tokenize(theirsText);

        var ids = new ElementIds();
        var baseIds = ids.Of(Contents(b));
        var oursIds = ids.Of(Contents(o));
        var theirsIds = ids.Of(Contents(t));

        if (oursIds.AsSpan().SequenceEqual(theirsIds))
        {
            // Both sides have the same tokens: they differ in white space alone, and ours stands.
            return new TokenMergeResult([new SettledText(oursText)]) { SidesDifferInWhiteSpaceOnly = true };
        }

        var regions = Diff3.Merge(baseIds, oursIds, theirsIds, ConflictStyle.Diff3, DiffAlgorithm.Myers, null, out var shortcut);
        if (shortcut != MergeShortcut.None)
        {
            // One side changed no token: the other side's text stands, white space and all.
            return new TokenMergeResult([new SettledText(shortcut == MergeShortcut.TakeOurs ? oursText : theirsText)]);
        }

        var pieces = ImmutableArray.CreateBuilder<TokenMergePiece>();
        var settled = new StringBuilder();
        bool lastFromTheirs = false;
        int i = 0;
        foreach (var m in regions)
        {
            if (m.Kind == MergeRegionKind.Same)
            {
                continue;
            }

            AppendFull(settled, o, i, m.OursStart - i);
            lastFromTheirs = lastFromTheirs && m.OursStart == i;
            switch (m.Kind)
            {
                case MergeRegionKind.Conflict:
                    if (settled.Length > 0)
                    {
                        pieces.Add(new SettledText(settled.ToString()));
                        settled.Clear();
                    }

                    pieces.Add(new TokenConflict(
                        TokenRun.Slice(o, m.OursStart, m.OursCount),
                        TokenRun.Slice(b, m.BaseStart, m.BaseCount),
                        TokenRun.Slice(t, m.TheirsStart, m.TheirsCount)));
                    lastFromTheirs = false;
                    break;
                case MergeRegionKind.Ours:
                    AppendFull(settled, o, m.OursStart, m.OursCount);
                    lastFromTheirs = false;
                    break;
                default:
                    AppendFull(settled, t, m.TheirsStart, m.TheirsCount);
                    lastFromTheirs = m.TheirsCount > 0 || lastFromTheirs;
                    break;
            }

            i = m.OursStart + m.OursCount;
        }

        if (i < o.Tokens.Length)
        {
            lastFromTheirs = false;
        }

        AppendFull(settled, o, i, o.Tokens.Length - i);
        settled.Append(lastFromTheirs ? t.Trailing : o.Trailing);
        if (settled.Length > 0)
        {
            pieces.Add(new SettledText(settled.ToString()));
        }

        return new TokenMergeResult(pieces.ToImmutable());
    }

    private static IEnumerable<string> Contents(TokenizedText text) => Enumerable.Range(0, text.Tokens.Length).Select(text.Content);

    private static void AppendFull(StringBuilder sb, TokenizedText text, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            sb.Append(text.Source, text.Tokens[i].LeadingStart, text.Tokens[i].End - text.Tokens[i].LeadingStart);
        }
    }
}
