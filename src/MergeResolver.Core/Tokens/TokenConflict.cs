using MergeResolver.Patterns;

namespace MergeResolver.Tokens;

/// <summary>Tokens both sides changed differently: what is left to decide inside a hunk.</summary>
public sealed record TokenConflict(TokenRun Ours, TokenRun Base, TokenRun Theirs) : TokenMergePiece
{
    /// <summary>
    /// The text <paramref name="pattern"/> gives for this conflict: the runs it takes, then the white
    /// space that follows, in the side written last, the run it closes.
    /// </summary>
    public string Apply(MergePattern pattern)
    {
        var ours = new MergePatterns.Side(Ours.Contents, Ours.Fulls);
        var @base = new MergePatterns.Side(Base.Contents, Base.Fulls);
        var theirs = new MergePatterns.Side(Theirs.Contents, Theirs.Fulls);
        var after = pattern switch
        {
            MergePattern.Ours or MergePattern.OursWithoutBase or MergePattern.TheirsThenOurs or MergePattern.TheirsThenOursWithoutBase => Ours.After,
            MergePattern.Theirs or MergePattern.TheirsWithoutBase or MergePattern.OursThenTheirs or MergePattern.OursThenTheirsWithoutBase => Theirs.After,
            _ => Base.After,
        };
        return MergePatterns.Apply(pattern, ours, @base, theirs) + after;
    }
}
