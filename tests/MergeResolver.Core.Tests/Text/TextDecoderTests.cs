using System.Text;
using MergeResolver.Text;

namespace MergeResolver.Core.Tests.Text;

public sealed class TextDecoderTests
{
    [Fact]
    public void Utf8_without_bom_encodes_back_to_the_same_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("class Ä\r\n{\n}");
        var text = TextDecoder.Decode(bytes);
        Assert.Equal(TextEncodingKind.Utf8, text.Encoding);
        Assert.False(text.HasByteOrderMark);
        Assert.Equal(bytes, text.Encode());
    }

    [Fact]
    public void Utf8_bom_is_kept_as_a_leading_feff_and_written_back()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'x', (byte)'\n'];
        var text = TextDecoder.Decode(bytes);
        Assert.Equal("\uFEFFx\n", text.Text);
        Assert.True(text.HasByteOrderMark);
        Assert.Equal(bytes, text.Encode());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_encodes_back_to_the_same_bytes(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: true).GetPreamble()
            .Concat(new UnicodeEncoding(bigEndian, false).GetBytes("a\r\nb")).ToArray();
        var text = TextDecoder.Decode(bytes);
        Assert.Equal("\uFEFFa\r\nb", text.Text);
        Assert.Equal(bytes, text.Encode());
    }

    [Fact]
    public void Nul_bytes_outside_utf16_are_refused_as_binary()
    {
        var e = Assert.Throws<InvalidTextException>(() => TextDecoder.Decode([(byte)'a', 0, (byte)'b']));
        Assert.Equal(InvalidTextReason.Binary, e.Reason);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_offending_byte()
    {
        var e = Assert.Throws<InvalidTextException>(() => TextDecoder.Decode([(byte)'a', 0xC3, 0x28]));
        Assert.Equal(InvalidTextReason.Undecodable, e.Reason);
        Assert.Contains("byte", e.Message);
    }
}
