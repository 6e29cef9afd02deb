using System.Collections.Immutable;
using MergeResolver.Languages;
using MergeResolver.Patterns;
using MergeResolver.Tokens;

namespace MergeResolver.Ranking;

/// <summary>
/// The candidates of a hunk, in one order that is also the order of the labels the ranker learns:
/// the primitive patterns, the C#-aware unions, then the token merge and its variants. Candidates
/// with the same text are one, carrying every kind that gives it.
/// </summary>
public static class CandidateGenerator
{
    /// <summary>Each primitive pattern with its kind.</summary>
    private static readonly (MergePattern Pattern, CandidateKinds Kind)[] Primitives =
    [
        (MergePattern.Ours, CandidateKinds.Ours),
        (MergePattern.Theirs, CandidateKinds.Theirs),
        (MergePattern.Base, CandidateKinds.Base),
        (MergePattern.OursThenTheirs, CandidateKinds.OursThenTheirs),
        (MergePattern.TheirsThenOurs, CandidateKinds.TheirsThenOurs),
        (MergePattern.OursWithoutBase, CandidateKinds.OursWithoutBase),
        (MergePattern.TheirsWithoutBase, CandidateKinds.TheirsWithoutBase),
        (MergePattern.OursThenTheirsWithoutBase, CandidateKinds.OursThenTheirsWithoutBase),
        (MergePattern.TheirsThenOursWithoutBase, CandidateKinds.TheirsThenOursWithoutBase),
        (MergePattern.Empty, CandidateKinds.Empty),
    ];

    /// <summary>
    /// The candidates for <paramref name="hunk"/>. <paramref name="tokens"/> is the hunk's token
    /// merge, or null where the profile or the hunk's place forbids merging inside lines;
    /// <paramref name="addsErrors"/> tells whether a text would add syntax errors to the file.
    /// </summary>
    public static ImmutableArray<Candidate> For(ConflictHunk hunk, LanguageProfile profile, TokenMergeResult? tokens, Func<string, bool>? addsErrors, CancellationToken cancellationToken = default)
    {
        var texts = new List<(string Text, CandidateKinds Kinds)>();
        void Add(string text, CandidateKinds kind)
        {
            int i = texts.FindIndex(t => t.Text == text);
            if (i < 0)
            {
                texts.Add((text, kind));
            }
            else
            {
                texts[i] = (text, texts[i].Kinds | kind);
            }
        }

        var ours = MergePatterns.Side.Of(hunk.Ours);
        var @base = MergePatterns.Side.Of(hunk.Base);
        var theirs = MergePatterns.Side.Of(hunk.Theirs);
        foreach (var (pattern, kind) in Primitives)
        {
            Add(MergePatterns.Apply(pattern, ours, @base, theirs), kind);
        }

        if (!profile.WhiteSpaceIsSyntax && SameTokens(ours.Text(), theirs.Text(), profile.Tokenizer))
        {
            Add(ours.Text(), CandidateKinds.SameTokens);
        }

        if (profile == LanguageProfile.CSharp)
        {
            var structured = StructuredCandidates.For(hunk.Ours, hunk.Base, hunk.Theirs);
            for (int i = 0; i < structured.Length; i++)
            {
                Add(structured[i], i == 0 ? CandidateKinds.Union : CandidateKinds.SortedUnion);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (tokens is not null && !tokens.SidesDifferInWhiteSpaceOnly)
        {
            if (tokens.IsResolved)
            {
                Add(tokens.Render((_, _) => string.Empty), CandidateKinds.TokenMerge);
            }
            else if (tokens.Pieces.Length > 1)
            {
                Add(tokens.Render((c, _) => c.Apply(MergePattern.Ours)), CandidateKinds.TokenMergeOurs);
                Add(tokens.Render((c, _) => c.Apply(MergePattern.Theirs)), CandidateKinds.TokenMergeTheirs);
            }
        }

        var result = ImmutableArray.CreateBuilder<Candidate>(texts.Count);
        foreach (var (text, kinds) in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Candidate(text, kinds, addsErrors is not null && addsErrors(text)));
        }

        return result.MoveToImmutable();
    }

    private static bool SameTokens(string ours, string theirs, ITokenizer tokenizer)
    {
        TokenizedText o = tokenizer.Tokenize(ours), t = tokenizer.Tokenize(theirs);
        return o.Tokens.Length == t.Tokens.Length && Enumerable.Range(0, o.Tokens.Length).All(i => o.Content(i) == t.Content(i));
    }
}
