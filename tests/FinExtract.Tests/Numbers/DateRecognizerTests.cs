using FinExtract.Text;
using FinExtract.Numbers;
using FinExtract.Scraping;

namespace FinExtract.Tests.Numbers;

/// <summary>Dates in body text, read with the same patterns and the same reading of digits as a page's date.</summary>
public class DateRecognizerTests
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private static List<NumberMention> Find(string text, DateOnly? published = null) =>
        DateRecognizer.Find(text, 0, text.Length, published ?? Published, _ => (0, text.Length));

    private static NumberMention Single(string text, DateOnly? published = null)
    {
        var found = Find(text, published).Where(n => n.Kind == "date").ToList();
        Assert.True(found.Count == 1, $"expected one date in \"{text}\", got: {string.Join(" | ", found.Select(n => $"{n.ValueText}{n.Value} '{text[n.Start..n.End]}'"))}");
        return found[0];
    }

    [Theory]
    [InlineData("The bonds mature on 2027-06-30 at par.", "2027-06-30", "2027-06-30")]
    [InlineData("Filed 2023/11/02 with the regulator.", "2023-11-02", "2023/11/02")]
    [InlineData("The deal closed on 03/04/2022, the company said.", "2022-03-04", "03/04/2022")]
    [InlineData("The deal closed on 25/04/2022, the company said.", "2022-04-25", "25/04/2022")]
    [InlineData("Die Frist endet am 03.04.2022 um Mitternacht.", "2022-04-03", "03.04.2022")]
    [InlineData("La junta se celebró el 03-04-2022 en Madrid.", "2022-04-03", "03-04-2022")]
    [InlineData("Stamped 2021-08-11t00:00:00z by the feed.", "2021-08-11", "2021-08-11")]
    public void DaysInDigits_AreReadAsThePageDateParserReadsThem(string text, string expected, string span)
    {
        AssertDate(text, expected, span);
        if (span.Length == 10 && span[2] is '/' or '.' or '-')
            Assert.Equal(expected, DateParser.FindInText(span, null)?.Value.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("该公司于2021年3月3日发布财报。", "2021-03-03", "2021年3月3日")]
    [InlineData("会议定于3月10日举行。", "2024-03-10", "3月10日")]
    [InlineData("2023년 5월 27일 발표했다.", "2023-05-27", "2023년 5월 27일")]
    [InlineData("売上高は2021年3月に増えた。", "2021-03", "2021年3月")]
    public void CjkDates_WholeOrInPart(string text, string expected, string span) => AssertDate(text, expected, span);

    /// <summary>The one date in <paramref name="text"/> has the value <paramref name="expected"/> and covers <paramref name="span"/>.</summary>
    private static void AssertDate(string text, string expected, string span)
    {
        var d = Single(text);
        Assert.Equal(expected, d.ValueText);
        Assert.Equal(span, text[d.Start..d.End]);
    }

    [Fact]
    public void AMonthAndDayWithoutAYear_TakeTheYearNearestThePublicationDay()
    {
        Assert.Equal("2023-12-28", Single("Shares fell on Dec. 28 after the warning.").ValueText);
        Assert.Equal("2024-03-20", Single("Results are due on March 20.").ValueText);
    }

    [Theory]
    [InlineData("It reported 31/04/2022 in the filing.")]
    [InlineData("The 29/02/2023 date never existed.")]
    public void DigitsThatNameNoDay_AreNoDay(string text) =>
        Assert.DoesNotContain(Find(text), n => n.Unit == "day");

    [Theory]
    [InlineData("after a 1:10 reverse split")]
    [InlineData("a 1:20 share consolidation")]
    [InlineData("at a ratio of 2:1 to the old shares")]
    public void ColonRatios_AreNotTimesOfDay(string text) => Assert.DoesNotContain(Find(text), n => n.Kind == "time");

    [Fact]
    public void AColonTime_IsStillATime() => Assert.Contains(Find("The meeting opened at 1:10 in the afternoon."), n => n.Kind == "time");
}
