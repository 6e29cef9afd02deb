using System.Collections.Immutable;
using System.Text;
using MergeResolver.Diff;
using MergeResolver.Merge;

namespace MergeResolver.Tokens;

/// <summary>
/// Re-merges a line-level conflict over tokens with the same diff3 as the lines, so that changes
/// to different tokens of the same lines merge by themselves. Tokens are compared by content. The
/// white space between two tokens of the result comes from a side where those two tokens stand
/// next to each other: a run a side inserted keeps the line breaks that separated it from its
/// neighbours there. Line breaks follow ours' convention when ours uses one.
/// </summary>
public static class TokenMerger
{
    /// <summary>A run of this many tokens, one of them a word, that both sides inserted and the result has more often than either side is a duplicated insertion.</summary>
    private const int DuplicateRunLength = 3;

    /// <summary>Merges the three sides of a hunk.</summary>
    public static TokenMergeResult Merge(string baseText, string oursText, string theirsText, ITokenizer tokenizer, CancellationToken cancellationToken = default)
    {
        var b = tokenizer.Tokenize(baseText);
        var o = tokenizer.Tokenize(oursText);
        var t = tokenizer.Tokenize(theirsText);
        cancellationToken.ThrowIfCancellationRequested();

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
        cancellationToken.ThrowIfCancellationRequested();
        if (shortcut != MergeShortcut.None)
        {
            // One side changed no token: the other side's text stands, white space and all, with ours' line breaks.
            return new TokenMergeResult([new SettledText(shortcut == MergeShortcut.TakeOurs ? oursText : Relayout(t, LineBreakOf(oursText)))]);
        }

        var builder = new Rebuilder(o, b, t);
        foreach (var m in regions)
        {
            builder.Add(m);
        }

        var result = builder.Finish();
        if (result.IsResolved && !IsSound(result.Render((_, _) => string.Empty), builder.Merged, [.. Contents(b)], [.. Contents(o)], [.. Contents(t)], tokenizer))
        {
            return WholeConflict(o, b, t);
        }

        return result;
    }

    /// <summary>
    /// Whether a resolution reads back as the tokens merged (white space from different sides can
    /// glue two tokens into one) and inserts nothing twice: a run both sides inserted in different
    /// places would otherwise appear once for each side.
    /// </summary>
    private static bool IsSound(string text, List<string> merged, List<string> @base, List<string> ours, List<string> theirs, ITokenizer tokenizer)
    {
        if (!Contents(tokenizer.Tokenize(text)).SequenceEqual(merged, StringComparer.Ordinal))
        {
            return false;
        }

        var baseRuns = RunCounts(@base);
        var oursRuns = RunCounts(ours);
        var theirsRuns = RunCounts(theirs);
        foreach (var entry in RunCounts(merged))
        {
            var run = entry.Key;
            int inBase = CountOf(baseRuns, run), inOurs = CountOf(oursRuns, run), inTheirs = CountOf(theirsRuns, run);
            if (run.HasWord && inOurs > inBase && inTheirs > inBase && entry.Value > Math.Max(inOurs, inTheirs))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<RunKey, int> RunCounts(List<string> tokens)
    {
        var counts = new Dictionary<RunKey, int>();
        for (int i = 0; i + DuplicateRunLength <= tokens.Count; i++)
        {
            var key = new RunKey(tokens[i], tokens[i + 1], tokens[i + 2]);
            counts[key] = CountOf(counts, key) + 1;
        }

        return counts;
    }

    /// <summary><paramref name="text"/> with the line breaks between its tokens made <paramref name="newline"/>.</summary>
    private static string Relayout(TokenizedText text, string? newline)
    {
        var sb = new StringBuilder(text.Source.Length);
        for (int i = 0; i < text.Tokens.Length; i++)
        {
            sb.Append(Leading(text, i, newline)).Append(text.Content(i));
        }

        return sb.Append(Normalize(text.Trailing, newline)).ToString();
    }

    private static int CountOf(Dictionary<RunKey, int> counts, RunKey run) => counts.TryGetValue(run, out int n) ? n : 0;

    private static TokenMergeResult WholeConflict(TokenizedText o, TokenizedText b, TokenizedText t) =>
        new([new TokenConflict(Run(o, 0, o.Tokens.Length, null), Run(b, 0, b.Tokens.Length, null), Run(t, 0, t.Tokens.Length, null))]);

    private static IEnumerable<string> Contents(TokenizedText text) => Enumerable.Range(0, text.Tokens.Length).Select(text.Content);

    private static TokenRun Run(TokenizedText text, int start, int count, string? newline)
    {
        var contents = ImmutableArray.CreateBuilder<string>(count);
        var fulls = ImmutableArray.CreateBuilder<string>(count);
        for (int i = start; i < start + count; i++)
        {
            contents.Add(text.Content(i));
            fulls.Add(Leading(text, i, newline) + text.Content(i));
        }

        return new TokenRun(contents.MoveToImmutable(), fulls.MoveToImmutable(), Before(text, start + count, newline));
    }

    /// <summary>The white space before token <paramref name="i"/>, or after the last token when <paramref name="i"/> is past it.</summary>
    private static string Before(TokenizedText text, int i, string? newline) =>
        i < text.Tokens.Length ? Leading(text, i, newline) : Normalize(text.Trailing, newline);

    private static string Leading(TokenizedText text, int i, string? newline) =>
        Normalize(text.Source.Substring(text.Tokens[i].LeadingStart, text.Tokens[i].Start - text.Tokens[i].LeadingStart), newline);

    private static string Normalize(string whiteSpace, string? newline)
    {
        if (newline is null || whiteSpace.IndexOf('\n') < 0)
        {
            return whiteSpace;
        }

        var unified = whiteSpace.Replace("\r\n", "\n");
        return newline == "\n" ? unified : unified.Replace("\n", newline);
    }

    /// <summary>Ours' line break when every line break of ours is the same; none when ours has none or mixes them.</summary>
    private static string? LineBreakOf(string text)
    {
        int crlf = 0, lf = 0;
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            if (i > 0 && text[i - 1] == '\r')
            {
                crlf++;
            }
            else
            {
                lf++;
            }
        }

        return crlf > 0 && lf == 0 ? "\r\n" : lf > 0 && crlf == 0 ? "\n" : null;
    }

    private readonly record struct RunKey(string A, string B, string C)
    {
        public bool HasWord => A.Any(char.IsLetterOrDigit) || B.Any(char.IsLetterOrDigit) || C.Any(char.IsLetterOrDigit);
    }

    /// <summary>Which side's white space goes before the next token taken from the stable text.</summary>
    private enum Separator
    {
        Ours,
        Theirs,

        /// <summary>The token conflict before it carries each side's separator.</summary>
        None,
    }

    /// <summary>Writes the merged text region by region, keeping track of where each separator comes from.</summary>
    private sealed class Rebuilder(TokenizedText o, TokenizedText b, TokenizedText t)
    {
        private readonly string? _newline = LineBreakOf(o.Source);
        private readonly ImmutableArray<TokenMergePiece>.Builder _pieces = ImmutableArray.CreateBuilder<TokenMergePiece>();
        private readonly StringBuilder _settled = new();
        private Separator _separator = Separator.Ours;
        private int _ours;
        private int _theirs;

        /// <summary>The contents of the merged tokens, in order, as far as they are settled.</summary>
        public List<string> Merged { get; } = [];

        public void Add(MergeRegion m)
        {
            AppendStable(m.OursStart - _ours);
            switch (m.Kind)
            {
                case MergeRegionKind.Conflict:
                    if (_settled.Length > 0)
                    {
                        _pieces.Add(new SettledText(_settled.ToString()));
                        _settled.Clear();
                    }

                    _pieces.Add(new TokenConflict(
                        Run(o, m.OursStart, m.OursCount, _newline),
                        Run(b, m.BaseStart, m.BaseCount, _newline),
                        Run(t, m.TheirsStart, m.TheirsCount, _newline)));
                    _separator = Separator.None;
                    break;
                case MergeRegionKind.Theirs:
                    Append(t, m.TheirsStart, m.TheirsCount);
                    _separator = Separator.Theirs;
                    break;
                default:
                    // Ours alone changed these tokens, or both changed them the same way.
                    Append(o, m.OursStart, m.OursCount);
                    _separator = Separator.Ours;
                    break;
            }

            _ours = m.OursStart + m.OursCount;
            _theirs = m.TheirsStart + m.TheirsCount;
        }

        public TokenMergeResult Finish()
        {
            AppendStable(o.Tokens.Length - _ours);
            _settled.Append(_separator switch
            {
                Separator.Ours => Normalize(o.Trailing, _newline),
                Separator.Theirs => Normalize(t.Trailing, _newline),
                _ => string.Empty,
            });
            if (_settled.Length > 0)
            {
                _pieces.Add(new SettledText(_settled.ToString()));
            }

            return new TokenMergeResult(_pieces.ToImmutable());
        }

        /// <summary>Stable tokens, the same in every side: the first with the separator its place calls for, the rest as ours writes them.</summary>
        private void AppendStable(int count)
        {
            for (int k = 0; k < count; k++)
            {
                int i = _ours + k;
                _settled.Append(k > 0 ? Leading(o, i, _newline) : _separator switch
                {
                    Separator.Ours => Leading(o, i, _newline),
                    Separator.Theirs => Leading(t, _theirs, _newline),
                    _ => string.Empty,
                });
                _settled.Append(o.Content(i));
                Merged.Add(o.Content(i));
            }

            if (count > 0)
            {
                _separator = Separator.Ours;
                _ours += count;
                _theirs += count;
            }
        }

        private void Append(TokenizedText side, int start, int count)
        {
            for (int i = start; i < start + count; i++)
            {
                _settled.Append(Leading(side, i, _newline)).Append(side.Content(i));
                Merged.Add(side.Content(i));
            }
        }
    }
}
