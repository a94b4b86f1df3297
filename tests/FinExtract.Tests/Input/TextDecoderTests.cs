using System.Text;
using FinExtract.Input;

namespace FinExtract.Tests.Input;

public class TextDecoderTests
{
    private static readonly Encoding Cp1252 = TextDecoder.Cp1252;

    [Fact]
    public void DeclaredWindows1252_DecodesCurlyQuotesAndEuro()
    {
        var bytes = Cp1252.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>“Profit” rose to €5m – £3m</body></html>");
        var d = TextDecoder.Decode(bytes, html: true);
        Assert.Contains("“Profit” rose to €5m – £3m", d.Text);
        Assert.Equal("windows-1252", d.EncodingName);
    }

    [Fact]
    public void Latin1Declaration_IsReadAsWindows1252()
    {
        var bytes = Cp1252.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>it’s €1</p>");
        Assert.Contains("it’s €1", TextDecoder.Decode(bytes, true).Text);
    }

    [Fact]
    public void NoDeclaration_InvalidUtf8_FallsBackToWindows1252()
    {
        var bytes = Cp1252.GetBytes("<p>Café – “quoted”</p>");
        var d = TextDecoder.Decode(bytes, true);
        Assert.Equal("<p>Café – “quoted”</p>", d.Text);
    }

    [Fact]
    public void Utf8MisdeclaredAsWindows1252_IsReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>Zürich “AG” €</p>");
        Assert.Contains("Zürich “AG” €", TextDecoder.Decode(bytes, true).Text);
    }

    [Fact]
    public void Bom_Wins()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\">é")).ToArray();
        var d = TextDecoder.Decode(bytes, true);
        Assert.EndsWith("é", d.Text);
        Assert.Equal("bom", d.How);
    }

    [Fact]
    public void TruncatedUtf8_KeepsTheValidText()
    {
        var full = Encoding.UTF8.GetBytes("<p>Größe “Ä” naïve résumé</p>€");
        var cut = full[..^2];
        var d = TextDecoder.Decode(cut, true);
        Assert.Contains("Größe “Ä” naïve résumé", d.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, true)]
    [InlineData(new byte[] { 0x3C, 0x70, 0x3E, 0x68, 0x69 }, false)]
    public void LooksBinary_DetectsNulBytes(byte[] bytes, bool binary) =>
        Assert.Equal(binary, InputLoader.LooksBinary(bytes, out _));

    [Fact]
    public void APageWithAStrayNulByte_IsReadAsText_WithoutIt()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><p>Shares of Kestrel Labs rose 3% on Monday." + new string(' ', 300) + "Ap\0ple</p></body></html>");
        Assert.False(InputLoader.LooksBinary(bytes, out _));
        var article = InputLoader.FromBytes(new InputFile("/tmp/stray.html", "stray.html", "stray", false, ".html"), bytes);
        Assert.Contains("Apple", article.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', article.RawText);
    }
}
