using System.Text;

namespace MergeResolver.Text;

/// <summary>
/// A file's content decoded once. A byte order mark is kept as a leading U+FEFF and every line
/// keeps its own terminator, so <see cref="Encode()"/> gives back the original bytes exactly.
/// </summary>
public sealed record DecodedText(string Text, TextEncodingKind Encoding)
{
    /// <summary>Whether the text starts with a byte order mark.</summary>
    public bool HasByteOrderMark => Text.Length > 0 && Text[0] == '\uFEFF';

    /// <summary>The bytes of this text in its own encoding.</summary>
    public byte[] Encode() => Encode(Text, Encoding);

    /// <summary>The bytes of <paramref name="text"/> in <paramref name="encoding"/>; a leading U+FEFF becomes the byte order mark.</summary>
    public static byte[] Encode(string text, TextEncodingKind encoding) => EncodingOf(encoding).GetBytes(text);

    internal static Encoding EncodingOf(TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
        TextEncodingKind.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
    };
}
