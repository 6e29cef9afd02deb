using System.Text;
using MergeResolver.Merge;
using MergeResolver.Text;

namespace MergeResolver.Core.Tests.Fuzzing;

/// <summary>The fuzzed entry points, each checking its own invariants; the string returned sums up the outcome.</summary>
internal static class FuzzTargets
{
    public static readonly IReadOnlyList<byte[]> Dictionary =
    [
        .. new[] { "<<<<<<< ours\n", "||||||| base\n", "=======\n", ">>>>>>> theirs\n", "<<<<<<<\n", "=======\r\n", ">>>>>>>>>> x\n", "\r\n", "\n", "\r", "\"", "/*", "*/", "//", "@\"" }
            .Select(Encoding.UTF8.GetBytes),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98, 0x80],
    ];

    public static IEnumerable<byte[]> Seeds =>
    [
        Encoding.UTF8.GetBytes("a\n<<<<<<< ours\no\n||||||| base\nb\n=======\nt\n>>>>>>> theirs\nz\n"),
        Encoding.UTF8.GetBytes("<<<<<<< HEAD\r\nx\r\n=======\r\ny\r\n>>>>>>> topic\r\n"),
        [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("class C { }\n")],
        [0xFF, 0xFE, (byte)'a', 0, (byte)'\n', 0],
        [],
    ];

    /// <summary>The marker parser: regions in order, inside the text, their sides made of the text's lines.</summary>
    public static string Markers(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var lines = Lines.Split(text);
        var conflicts = ConflictMarkerParser.Parse(text);
        int previousEnd = 0;
        foreach (var c in conflicts)
        {
            if (c.StartLine < previousEnd || c.EndLine <= c.StartLine || c.EndLine > lines.Length)
            {
                throw new InvalidOperationException($"conflict at lines {c.StartLine}-{c.EndLine} is out of order or outside the text");
            }

            if (c.Ours.Length + c.Base.Length + c.Theirs.Length + (c.HasBase ? 4 : 3) != c.EndLine - c.StartLine)
            {
                throw new InvalidOperationException("the sides and markers do not add up to the region");
            }

            previousEnd = c.EndLine;
        }

        return $"{conflicts.Length}:{string.Join(',', conflicts.Select(c => (c.HasBase ? "3" : "2") + c.MarkerSize))}";
    }

    /// <summary>The decoder: refuses with <see cref="InvalidTextException"/> or decodes text that encodes back to the same bytes.</summary>
    public static string Decoder(byte[] input)
    {
        DecodedText text;
        try
        {
            text = TextDecoder.Decode(input);
        }
        catch (InvalidTextException e)
        {
            return $"refused:{e.Reason}";
        }

        if (!text.Encode().AsSpan().SequenceEqual(input))
        {
            throw new InvalidOperationException("decoded text does not encode back to the same bytes");
        }

        return $"{text.Encoding}:{text.HasByteOrderMark}:{Lines.Split(text.Text).Length > 1}";
    }
}
