using FinExtract.Documents;
using FinExtract.Text;

namespace FinExtract.Tests.Text;

public class SegmenterTests
{
    private static List<string> Sentences(string text)
    {
        var (_, sentences) = Segmenter.Segment(text, Array.Empty<Paragraph>());
        return sentences.Select(s => text[s.Start..s.End]).ToList();
    }

    private static List<string> Tokens(string text) => Segmenter.Tokenize(text).Select(t => text[t.Start..t.End]).ToList();

    /// <summary>A soft hyphen (U+00AD), where a page lets a long word break across lines, is inside the word, not between two.</summary>
    [Fact]
    public void SoftHyphen_IsInsideTheWord() =>
        Assert.Equal(new[] { "Ada", "Quar\u00ADles", "spoke" }, Tokens("Ada Quar\u00ADles spoke"));

    [Fact]
    public void LegalFormsTitlesAndInitials_DoNotEndSentences()
    {
        var s = Sentences("Meta Platforms Inc. said Dr. Smith and Trevor J. Mitchell met U.S. officials on Nov. 20 about the No. 2 plant. Shares rose.");
        Assert.Equal(new[] { "Meta Platforms Inc. said Dr. Smith and Trevor J. Mitchell met U.S. officials on Nov. 20 about the No. 2 plant.", "Shares rose." }, s);
    }

    [Fact]
    public void TheVersusOfACaseName_EndsNoSentence()
    {
        var s = Sentences("The court heard Harlow Mills v. Tarn Board on Monday. It ruled within a week.");
        Assert.Equal(new[] { "The court heard Harlow Mills v. Tarn Board on Monday.", "It ruled within a week." }, s);
    }

    [Fact]
    public void QuotesAfterTheStop_StayWithTheSentence()
    {
        var s = Sentences("He asked, “What is Meta going to do?” In response, Musk remarked, “Not clear.” The stock fell.");
        Assert.Equal(new[] { "He asked, “What is Meta going to do?”", "In response, Musk remarked, “Not clear.”", "The stock fell." }, s);
    }

    [Fact]
    public void Decimals_AndLowercaseContinuations_DoNotSplit()
    {
        var s = Sentences("Tesla rose 0.15% to $212.19, while Meta climbed 1.95% to $383.45. Revenue was $1.5bn, e.g. in Europe. costs fell.");
        Assert.Equal(2, s.Count);
        Assert.Equal("Revenue was $1.5bn, e.g. in Europe. costs fell.", s[1]);
    }

    [Fact]
    public void APartyLetterJoinedToAStatesInitials_EndsNoSentence()
    {
        var s = Sentences("Ada Quill, D-N.Y., said the bill would fail. Ivo Marsh, R-N.C., agreed. It goes back to committee.");
        Assert.Equal(new[] { "Ada Quill, D-N.Y., said the bill would fail.", "Ivo Marsh, R-N.C., agreed.", "It goes back to committee." }, s);
    }

    [Fact]
    public void APeriodBeforeACommaOrSemicolon_EndsNoSentence()
    {
        var s = Sentences("Sen. Ada Quill, D-Ore., voted no; so did Tarn Logistics Co.; the bill failed. It goes back to committee.");
        Assert.Equal(new[] { "Sen. Ada Quill, D-Ore., voted no; so did Tarn Logistics Co.; the bill failed.", "It goes back to committee." }, s);
    }

    [Fact]
    public void Paragraphs_AlwaysEndSentences()
    {
        var a = new Article("a", "a.txt", "", InputFormat.Text, "");
        a.SetBody(new[] { ("Market Performance", ParagraphKind.Heading), ("Tesla ended Friday's session up 0.15%.", ParagraphKind.Paragraph) });
        var (_, sentences) = Segmenter.Segment(a.Body, a.Paragraphs);
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Market Performance", a.Body[sentences[0].Start..sentences[0].End]);
    }

    [Theory]
    [InlineData("(NASDAQ: META)", "(|NASDAQ|:|META|)")]
    [InlineData("$1.5bn", "$|1.5bn")]
    [InlineData("3.5%", "3.5|%")]
    [InlineData("1,200.50 H100s Q3", "1,200.50|H100s|Q3")]
    [InlineData("U.S. co-founder AT&T don't", "U.S.|co-founder|AT&T|don't")]
    [InlineData("Musk's", "Musk's")]
    [InlineData("end.", "end|.")]
    public void Tokens_KeepFinancialShapesWhole(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Tokens(text)));

    [Fact]
    public void Offsets_PointIntoTheBody()
    {
        string text = "Nvidia Corp. (NASDAQ: NVDA) rose 3%.\n\nIt said so.";
        var tokens = Segmenter.Tokenize(text);
        Assert.All(tokens, t => Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End])));
        Assert.Equal(TokenKind.Alphanumeric, Segmenter.Tokenize("H100s")[0].Kind);
    }
}
