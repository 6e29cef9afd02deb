namespace MergeResolver.Text;

/// <summary>The encodings MergeResolver reads and writes back unchanged.</summary>
public enum TextEncodingKind
{
    /// <summary>UTF-8, with or without a byte order mark (a BOM stays in the text as U+FEFF).</summary>
    Utf8,

    /// <summary>UTF-16 little endian, with its byte order mark.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big endian, with its byte order mark.</summary>
    Utf16BigEndian,
}
