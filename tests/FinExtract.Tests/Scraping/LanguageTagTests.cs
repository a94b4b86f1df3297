using FinExtract.Numbers;
using FinExtract.Scraping;

namespace FinExtract.Tests.Scraping;

public class LanguageTagTests
{
    [Theory]
    [InlineData("EN", "en")]
    [InlineData("en_us", "en-US")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("zh_hant_tw", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    [InlineData("de-DE,de;q=0.9", "de-DE")]
    [InlineData("{{lang}}", "")]
    [InlineData("English", "")]
    [InlineData("", "")]
    public void LanguageTags_AreWrittenTheBcp47Way(string raw, string expected) => Assert.Equal(expected, LanguageTag.Normalise(raw));

    [Fact]
    public void PageLanguage_IsNormalised_WhicheverSourceGivesIt()
    {
        const string text = "<body><article><p>The central bank held its main rate on Thursday, as expected, and said inflation was easing "
            + "faster than it had forecast in the spring, which markets read as a sign of cuts to come.</p></article></body></html>";
        var a = ScrapeHelper.Scrape("<html lang=\"EN_us\"><head><title>T</title></head>" + text);
        Assert.Equal("en-US", a.Metadata.Language.Value);
        var b = ScrapeHelper.Scrape("<html><head><meta property=\"og:locale\" content=\"fr_FR\"><title>T</title></head>" + text);
        Assert.Equal("fr-FR", b.Metadata.Language.Value);
    }

    [Theory]
    [InlineData("Die Zentralbank hat den Leitzins am Donnerstag nicht verändert, und die Märkte sehen darin ein Zeichen, dass die Zinsen "
        + "bald sinken werden, weil die Inflation schneller als erwartet zurückgeht. Die Banken und die Sparer sind nicht überrascht.", "de")]
    [InlineData("The central bank held its main rate on Thursday, as expected, and said inflation was easing faster than it had forecast "
        + "in the spring, which markets read as a sign of cuts to come. The banks and the savers were not surprised.", "en")]
    public void ATextInputsLanguage_IsToldFromItsWords(string text, string language) =>
        Assert.Equal(language, ShippedPipeline.Run(text).Metadata.Language.Value);

    [Theory]
    [InlineData("last", "month", "2024-02")]
    [InlineData("next", "month", "2024-04")]
    [InlineData("this", "week", "2024-W11")]
    [InlineData("last", "week", "2024-W10")]
    [InlineData("last", "quarter", "2023-Q4")]
    [InlineData("next", "quarter", "2024-Q2")]
    public void RelativeDates_ResolveAgainstThePublicationDate(string rel, string unit, string expected) =>
        Assert.Equal(expected, DateRecognizer.ResolveRelative(rel, unit, new DateOnly(2024, 3, 15)));

    [Fact]
    public void RelativeDates_KeepTheirWords_OnlyWhenThereIsNoPublicationDate()
    {
        const string text = "Sales fell last month.";
        var withDate = DateRecognizer.Find(text, 0, text.Length, new DateOnly(2024, 1, 10), _ => (0, text.Length));
        Assert.Contains(withDate, n => n.ValueText == "2023-12" && n.Unit == "month");
        var without = DateRecognizer.Find(text, 0, text.Length, null, _ => (0, text.Length));
        Assert.Contains(without, n => n.ValueText == "last month");
    }

    [Theory]
    [InlineData("Die Verordnung trat am 28.01.2022 in Kraft.", "28.01.2022", "2022-01-28")]
    [InlineData("Seit dem 3.2.2021 gilt die Regel.", "3.2.2021", "2021-02-03")]
    [InlineData("The filing is dated 13/04/2022 in London.", "13/04/2022", "2022-04-13")]
    [InlineData("The filing is dated 04/13/2022 in Boston.", "04/13/2022", "2022-04-13")]
    public void NumericDates_AreReadDayFirstWhenWrittenWithFullStops_OrWhenTheFirstNumberCannotBeAMonth(string text, string span, string day)
    {
        var found = DateRecognizer.Find(text, 0, text.Length, null, _ => (0, text.Length));
        var d = Assert.Single(found, n => text[n.Start..n.End] == span);
        Assert.Equal(day, d.ValueText);
        Assert.Equal("date", d.Kind);
    }

    [Theory]
    [InlineData("该公司于2019年11月5日发布财报。", "2019年11月5日", "2019-11-05")]
    [InlineData("新製品は4月12日に発売される。", "4月12日", "2024-04-12")]
    [InlineData("회사는 2022년 7월 1일 상장했다.", "2022년 7월 1일", "2022-07-01")]
    [InlineData("売上高は2018年に倍増した。", "2018年", "2018")]
    public void ChineseJapaneseAndKoreanDates_AreRead_AndTheirDigitsAreNoCounts(string text, string span, string value)
    {
        var found = DateRecognizer.Find(text, 0, text.Length, new DateOnly(2024, 3, 20), _ => (0, text.Length));
        var d = Assert.Single(found);
        Assert.Equal(span, text[d.Start..d.End]);
        Assert.Equal(value, d.ValueText.Length > 0 ? d.ValueText : d.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
