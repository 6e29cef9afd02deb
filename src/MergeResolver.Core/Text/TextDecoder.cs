using System.Text;

namespace MergeResolver.Text;

/// <summary>Decodes file bytes into <see cref="DecodedText"/>, refusing what cannot be merged as text.</summary>
public static class TextDecoder
{
    /// <summary>
    /// Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM. Throws <see cref="InvalidTextException"/>
    /// for binary content (a NUL byte outside UTF-16) or bytes that are not valid in the encoding.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var kind = bytes switch
        {
            [0xFF, 0xFE, ..] => TextEncodingKind.Utf16LittleEndian,
            [0xFE, 0xFF, ..] => TextEncodingKind.Utf16BigEndian,
            _ => TextEncodingKind.Utf8,
        };

        if (kind == TextEncodingKind.Utf8 && bytes.IndexOf((byte)0) >= 0)
        {
            throw new InvalidTextException(InvalidTextReason.Binary, "binary content (NUL bytes): not merged as text");
        }

        if (kind != TextEncodingKind.Utf8 && bytes.Length % 2 != 0)
        {
            throw new InvalidTextException(InvalidTextReason.Undecodable, "UTF-16 content with an odd number of bytes");
        }

        try
        {
            return new DecodedText(DecodedText.EncodingOf(kind).GetString(bytes.ToArray()), kind);
        }
        catch (DecoderFallbackException e)
        {
            var what = kind == TextEncodingKind.Utf8 ? "UTF-8" : "UTF-16";
            throw new InvalidTextException(InvalidTextReason.Undecodable, $"not valid {what} at byte {e.Index}");
        }
    }
}
