namespace MergeResolver.Ranking;

/// <summary>
/// One resolution of a hunk: its text, the ways that give it, and whether the syntax check vetoed it
/// (it adds syntax errors to its file, so it is never applied).
/// </summary>
public sealed record Candidate(string Text, CandidateKinds Kinds, bool IsVetoed);
