using FinExtract.Text;
using FinExtract.Scraping;

namespace FinExtract.Tests.Scraping;

public class DateParserTests
{
    [Theory]
    [InlineData("Veröffentlicht am 3. März 2021 um 14:00 Uhr", "2021-03-03")]
    [InlineData("Publié le 12 février 2020", "2020-02-12")]
    [InlineData("Actualizado el 5 de noviembre de 2019", "2019-11-05")]
    [InlineData("Pubblicato il 21 settembre 2018", "2018-09-21")]
    [InlineData("Publicado em 7 de outubro de 2022", "2022-10-07")]
    [InlineData("Gepubliceerd op 14 mei 2017", "2017-05-14")]
    [InlineData("Opublikowano 9 października 2023", "2023-10-09")]
    [InlineData("Publicerad 30 augusti 2016", "2016-08-30")]
    [InlineData("Posted by Jane Roe on March 3, 2021", "2021-03-03")]
    [InlineData("Wien, 19. Jänner 2022", "2022-01-19")]
    [InlineData("发布时间：2021年3月3日 10:20", "2021-03-03")]
    [InlineData("2019년 12월 24일 오전 9시", "2019-12-24")]
    [InlineData("Stand: 07.11.2023, 10:15 Uhr", "2023-11-07")]
    [InlineData("Updated 2020-06-30 08:00", "2020-06-30")]
    [InlineData("Oslo, 4. desember 2015", "2015-12-04")]
    [InlineData("von Anna Berger, 8.5.12", "2012-05-08")]
    [InlineData("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07")]
    [InlineData("نشر في الخميس 16 تموز / يوليو 2020", "2020-07-16")]
    [InlineData("بيروت، 3 آذار 2021", "2021-03-03")]
    public void DatesInTheMainEuropeanLanguagesAndInCjk_AreRead(string text, string expected) =>
        Assert.Equal(expected, DateParser.FindInText(text, null)?.Value.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("03/04/2021 - Por Ana Ruiz", true, "2021-04-03")]
    [InlineData("03/04/2021 - By Ann Roe", false, "2021-03-04")]
    [InlineData("03/04/2021", null, "2021-03-04")]
    [InlineData("25/04/2021", false, "2021-04-25")]
    [InlineData("04/25/2021", true, "2021-04-25")]
    [InlineData("03.04.2021", false, "2021-04-03")]
    public void NumericDates_FollowThePagesConvention_UnlessOnlyOneReadingIsADate(string text, bool? dayFirst, string expected) =>
        Assert.Equal(expected, DateParser.FindInText(text, null, dayFirst)?.Value.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("3 out of 2021 voters")]
    [InlineData("page 12 of 2020 results")]
    public void WordsThatAreNotMonths_AreNoDate(string text) => Assert.Null(DateParser.FindInText(text, null));

    [Theory]
    [InlineData("Sat, 19 Oct 2019 00:04:00 +0200", "2019-10-19T00:04:00+02:00")]
    [InlineData("3 Feb 2021 18:30 -0500", "2021-02-03T18:30:00-05:00")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+00:00")]
    public void MailAndFeedStamps_KeepTheirOffset(string text, string expected) => Assert.Equal(expected, DateParser.Parse(text)?.ToIso());

    [Fact]
    public void TheEarliestDateInTheText_Wins() =>
        Assert.Equal("2021-05-02", DateParser.FindInText("2. Mai 2021, aktualisiert am 4. Mai 2021", null)?.Value.ToString("yyyy-MM-dd"));
}
