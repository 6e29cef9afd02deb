using System.Collections.Immutable;

namespace MergeResolver.Tokens;

/// <summary>A run of tokens of one side, each written with the white space before it.</summary>
public sealed record TokenRun(ImmutableArray<string> Contents, ImmutableArray<string> Fulls)
{
    /// <summary>No tokens.</summary>
    public static TokenRun Empty { get; } = new([], []);

    /// <summary>The number of tokens.</summary>
    public int Count => Contents.Length;

    /// <summary>The run as written in its side.</summary>
    public string Text => string.Concat(Fulls);

    internal static TokenRun Slice(TokenizedText text, int start, int count)
    {
        var contents = ImmutableArray.CreateBuilder<string>(count);
        var fulls = ImmutableArray.CreateBuilder<string>(count);
        for (int i = start; i < start + count; i++)
        {
            contents.Add(text.Content(i));
            fulls.Add(text.Full(i));
        }

        return new TokenRun(contents.MoveToImmutable(), fulls.MoveToImmutable());
    }
}
