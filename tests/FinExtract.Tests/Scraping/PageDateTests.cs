using FinExtract.Text;
namespace FinExtract.Tests.Scraping;

/// <summary>Where a page's publication date is found when it is not in structured data (pages written for these tests).</summary>
public class PageDateTests
{
    private const string Story = "<p>The regional council approved the new budget after a long debate, and the opposition said it would keep "
        + "pressing for lower fees for families in the coming year, as the deficit narrows.</p>";

    private static string Published(string html) => ScrapeHelper.Scrape(html).Metadata.Published.Value;

    [Fact]
    public void ADateAfterACueWord_WinsOverTheHeaderClock_AndOverDatesInTheStory()
    {
        string html = "<html lang=\"de\"><body><div class=\"top\">Montag, 14.03.2022</div><h1>Haushalt beschlossen</h1>"
            + "<div class=\"info\">Datum: 26.01.2022</div><article>" + Story + "<p>Die Sitzung am 3. Februar 2022 wird vertagt, "
            + "sagte der Sprecher, und die Beratungen über den Haushalt gehen dann im Ausschuss weiter.</p></article></body></html>";
        Assert.Equal("2022-01-26", Published(html));
    }

    [Theory]
    [InlineData("<nav><ul><li><a href=\"/a\">Tarif (gekündigt zum 28.02.2017)</a></li></ul></nav>")]
    [InlineData("<div class=\"main-nav-level2\"><ul><li><a href=\"/a\">Tarif (gekündigt zum 28.02.2017)</a></li></ul></div>")]
    public void AMenuLinkWithADate_IsNotThePagesDate_ButABreadcrumbsLastItemIs(string menu)
    {
        string html = "<html lang=\"de\"><body>" + menu + "<nav class=\"breadcrumb\"><a href=\"/\">Start</a> / "
            + "<span>24.04.2020 | Mitteilung</span></nav><p>Mitteilung</p>" + Story + Story + "</body></html>";
        Assert.Equal("2020-04-24", Published(html));
    }

    [Fact]
    public void AnEmbeddedSocialPost_KeepsItsTimeAndAuthorToItself()
    {
        string html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget passed\","
            + "\"datePublished\":\"2022-05-23T15:30:00Z\"}</script></head><body><h1>Budget passed</h1><article>" + Story
            + "<blockquote class=\"instagram-media\"><p>A post by <a href=\"#\" rel=\"author\">Jane Roe</a></p>"
            + "<time datetime=\"2022-03-27T07:08:52+00:00\">Mar 27, 2022</time></blockquote>" + Story + "</article></body></html>";
        var article = ScrapeHelper.Scrape(html);
        Assert.StartsWith("2022-05-23", article.Metadata.Published.Value);
        Assert.DoesNotContain("Jane Roe", article.Metadata.Author.Value ?? "");
    }

    /// <summary>An update stamp that the publication follows in the same line, in a date element or not: the publication, not the update.</summary>
    [Theory]
    [InlineData("<p class=\"x\">Updated June 5, 2021. Originally published March 3, 2021</p>")]
    [InlineData("<div>Aktualisiert am 5. Juni 2021 | Veröffentlicht am 3. März 2021</div>")]
    [InlineData("<span class=\"date\">Last updated 5 June 2021 | First published 3 March 2021</span>")]
    [InlineData("<div class=\"byline-date\">Updated: June 5, 2021 · Published: March 3, 2021</div>")]
    public void AnUpdateStampBeforeThePublicationDate_InOneLine_GivesThePublication(string line) =>
        Assert.Equal("2021-03-03", Published("<html><body><h1>Budget passed</h1>" + line + "<article>" + Story + "</article></body></html>"));

    /// <summary>A dated line of a few words in an element of its own, with the date near its start, in any language.</summary>
    [Theory]
    [InlineData("<span>Publicado em 3 de março de 2021</span>")]
    [InlineData("<span>Gepubliceerd op 3 maart 2021 door Jana Marek</span>")]
    public void AShortDatedSpanInsideTheArticle_IsItsDateline(string span) =>
        Assert.Equal("2021-03-03", Published("<html><body><article><h1>Budget passed</h1>" + span + Story + Story + "</article></body></html>"));

    [Fact]
    public void WithoutACue_TheFirstShortDateAfterTheHeadline_IsTheStorysDate()
    {
        string html = "<html lang=\"fr\"><body><div>12/03/2022</div><h1>Le budget adopté</h1><div class=\"x\">02.11.2021 - Service presse</div>"
            + "<article>" + Story + "</article><ul><li>Autre article — 15.09.2021</li></ul></body></html>";
        Assert.Equal("2021-11-02", Published(html));
    }

    [Fact]
    public void AVisibleDateReadMonthFirst_ThatIsTheStructuredDateDayFirst_AgreesWithIt()
    {
        string html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget passed\","
            + "\"datePublished\":\"2023-11-08T20:26:28+00:00\"}</script></head><body><h1>Budget passed</h1>"
            + "<time>08/11/2023 | 20:26</time><article>" + Story + "</article></body></html>";
        Assert.StartsWith("2023-11-08", Published(html));
    }

    [Theory]
    [InlineData("2023-11-08T15:40:00+00:00", "05/11/2023", "2023-11-08")] // days before the stamp: another date the page shows
    [InlineData("2023-11-08T15:40:00+00:00", "07/11/2023", "2023-11-08")] // the afternoon in UTC is the 7th in no time zone
    [InlineData("2023-11-08T02:40:00+00:00", "07/11/2023", "2023-11-07")] // early morning in UTC is the evening before in the Americas
    [InlineData("2023-11-08T15:40:00+00:00", "09/11/2023", "2023-11-09")] // a later visible day stays the readers' day
    public void AVisibleDateIsTheStructuredStampsLocalDay_OnlyWhereATimeZoneCanMakeItSo(string stamp, string visible, string expected)
    {
        string html = "<html lang=\"en-GB\"><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget passed\","
            + $"\"datePublished\":\"{stamp}\"}}</script></head><body><h1>Budget passed</h1><time>{visible}</time><article>" + Story + "</article></body></html>";
        Assert.StartsWith(expected, Published(html));
    }

    [Fact]
    public void AnUpdateStampInAnotherLanguage_IsNotThePublicationDate()
    {
        string html = "<html lang=\"de\"><body><h1>Haushalt beschlossen</h1><time class=\"stamp\">Aktualisiert am 4. März 2021</time>"
            + "<time class=\"stamp\">2. März 2021</time><article>" + Story + "</article></body></html>";
        Assert.Equal("2021-03-02", Published(html));
    }

    [Fact]
    public void AHowToOrRecipeWithoutAnArticleObject_StillGivesItsDatePublished()
    {
        string html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"HowTo\",\"name\":\"Sew a round tablecloth\","
            + "\"datePublished\":\"2022-01-10T22:06:08Z\",\"image\":{\"@type\":\"ImageObject\",\"datePublished\":\"2019-05-01\"}}</script></head>"
            + "<body><h1>Sew a round tablecloth</h1><article>" + Story + "</article></body></html>";
        Assert.StartsWith("2022-01-10", Published(html));
    }

    [Fact]
    public void ACueWordCountsOnlyRightBeforeTheDate_AndCaptionsAndUpdateStampsAreNotTheStorysDate()
    {
        string html = "<html lang=\"de\"><body><h1>Haushalt beschlossen</h1><figure><figcaption>Foto vom 19.01.2022</figcaption></figure>"
            + "<div>Open Data Treffen 15.12.2016</div><div>Zuletzt aktualisiert am 4. März 2022</div><div>Veröffentlicht am 2. März 2022</div>"
            + "<article>" + Story + "</article></body></html>";
        Assert.Equal("2022-03-02", Published(html));
    }

    [Fact]
    public void ADateBeforeTheHeadline_ThatIsNotTheStructuredDate_IsTheSitesClock()
    {
        string html = "<html lang=\"de\"><head><meta property=\"article:published_time\" content=\"2019-10-18T18:11:44+02:00\"></head><body>"
            + "<header><time>Samstag, 19. Oktober 2019</time></header><h1>Haushalt beschlossen</h1><article>" + Story + "</article></body></html>";
        Assert.StartsWith("2019-10-18", Published(html));
    }

    /// <summary>
    /// The day before the structured stamp, shown before the headline, is no clock (a clock shows the reading's time, at or after the
    /// stamp): it is the story's day where it was written, as a UTC stamp past midnight shows it the next day.
    /// </summary>
    [Theory]
    [InlineData("Mon 4 Mar 2024 23.30 AEDT", "2024-03-04")]
    [InlineData("Saturday, March 9, 2024", "2024-03-05")]
    public void ADateBeforeTheHeadline_TheDayBeforeTheStamp_IsTheStorysOwn(string line, string day)
    {
        string html = "<html><head><meta property=\"article:published_time\" content=\"2024-03-05T08:40:00+00:00\"></head><body>"
            + $"<div class=\"date\">{line}</div><h1>Harlow council approves budget</h1><article>" + Story + "</article></body></html>";
        Assert.StartsWith(day, Published(html));
    }

    [Theory]
    [InlineData("<p class=\"meta\">Dieser Eintrag aus der Redaktion Politik wurde am Dienstag, 8. März 2016 um 09:30 Uhr veröffentlicht und unter <a href=\"/k\">Politik</a> "
        + "abgelegt. Antworten können über den Feed verfolgt werden.</p>", "2016-03-08")]
    [InlineData("<p>Dit bericht van de eigen redactie in Den Haag werd op 8 maart 2016 door de redactie gepubliceerd in de rubriek Politiek van de krant.</p>", "2016-03-08")]
    public void ASentenceWhoseVerbAfterTheDateSaysPublished_DatesThePage(string footer, string day)
    {
        string html = "<html><body><div>Stand der Dinge 2015</div><h1>Haushalt beschlossen</h1><article>" + Story + Story + footer
            + "</article><p>Der Vertrag läuft noch bis zum 1. Januar 2030 weiter, wie der Sprecher sagte, und wird dann neu verhandelt.</p></body></html>";
        Assert.Equal(day, Published(html));
    }

    [Fact]
    public void ACaptionThatHoldsTheHeadline_IsTheStorysHeader_NotAPhotoCaption()
    {
        string html = "<html lang=\"de\"><body><figure><img src=\"a.jpg\"><figcaption><small>14.02.2021</small><h1>Haushalt beschlossen</h1>"
            + "</figcaption></figure><article>" + Story + Story + "</article></body></html>";
        Assert.Equal("2021-02-14", Published(html));
    }

    [Fact]
    public void ASentenceOfTheStoryThatMentionsADate_IsNoDateline()
    {
        string html = "<html lang=\"de\"><body><h1>Stammtisch</h1><div>Der nächste Stammtisch des Vereins findet am Mittwoch, 5. Februar 2020 ab 19 Uhr statt.</div>"
            + "<div>Zuletzt: 29.01.2020</div><article>" + Story + "</article></body></html>";
        Assert.Equal("2020-01-29", Published(html));
    }

    [Fact]
    public void ADateOnItsOwnLineInsideTheHeading_IsTheStorysDate()
    {
        string html = "<html lang=\"de\"><body><div class=\"clock\">Dienstag, 15.03.2022</div><h1>Neue Halle für den Stadtverein eröffnet "
            + "nach zwei Jahren Bauzeit<br><small><span class=\"icon\"></span>&nbsp; 07.02.2022 &bull; Verein, Sport, Region</small></h1>"
            + "<article>" + Story + "</article></body></html>";
        Assert.Equal("2022-02-07", Published(html));
    }

    [Fact]
    public void ADateInAListedStory_WithAHeadlineOfItsOwn_IsNotThePagesDate()
    {
        string html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget passed\","
            + "\"datePublished\":\"2022-06-22T09:30:00+02:00\"}</script></head><body><h1>Budget passed</h1><article>" + Story + "</article>"
            + "<ul><li><a href=\"/other-story\"><h4>Morning programme</h4></a><span class=\"date\">21 June 2022</span></li></ul></body></html>";
        Assert.StartsWith("2022-06-22", Published(html));
    }

    [Theory]
    [InlineData("12.3.2021 - Der Stadtrat hat den neuen Haushalt nach langer Debatte beschlossen, und die Opposition will weiter für "
        + "niedrigere Gebühren für Familien kämpfen, während das Defizit im kommenden Jahr sinkt und die Rücklagen wachsen.", "2021-03-12")]
    [InlineData("Lyon, 4 mai 2022 – Le conseil régional a adopté le nouveau budget après un long débat, et l'opposition a dit "
        + "qu'elle continuerait de réclamer des tarifs plus bas pour les familles l'an prochain, alors que le déficit se réduit.", "2022-05-04")]
    public void ADatelineThatOpensTheFirstParagraph_IsThePagesDate(string lead, string day)
    {
        string html = $"<html><body><h1>Haushalt</h1><article><p>{lead}</p>{Story}</article></body></html>";
        Assert.Equal(day, Published(html));
    }

    [Fact]
    public void ADateInsideALongParagraph_AfterItsFirstWords_IsNotADateline()
    {
        string lead = "Der Stadtrat hat den neuen Haushalt nach langer Debatte beschlossen - die nächste Sitzung folgt am 12.3.2021, "
            + "und die Opposition will weiter für niedrigere Gebühren für Familien kämpfen, während das Defizit im kommenden Jahr sinkt.";
        Assert.Equal("", Published($"<html><body><h1>Haushalt</h1><article><p>{lead}</p>{Story}</article></body></html>") ?? "");
    }

    [Fact]
    public void ADottedDateWithATwoDigitYear_InAShortLine_IsRead() =>
        Assert.Equal("2012-05-08", Published("<html lang=\"de\"><body><h1>Haushalt</h1><div class=\"meta\">von Anna Berg, 8.5.12</div>"
            + $"<article>{Story}{Story}</article></body></html>"));

    private static string EditionPage(string url, string modified = "2021-03-04T18:10:00+03:00") =>
        "<html lang=\"en-GB\"><head><link rel=\"canonical\" href=\"" + url + "\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Budget passed\",\"datePublished\":\"2021-03-04T18:10:00+03:00\",\"dateModified\":\"" + modified + "\"}</script></head>"
        + "<body><h1>Budget passed</h1>"
        + "<div class=\"date\">Printed in the edition of 5 March 2021</div><article>" + Story + Story + "</article></body></html>";

    [Fact]
    public void AStampWithTheSitesOwnOffset_ThatTheUrlAgreesWith_WinsOverAnotherVisibleDay() =>
        Assert.StartsWith("2021-03-04", Published(EditionPage("https://news.example/politics/2021/03/04/budget.html")));

    [Fact]
    public void WithoutTheUrlsWord_TheVisibleDayStillWins() =>
        Assert.StartsWith("2021-03-05", Published(EditionPage("https://news.example/politics/budget.html")));

    [Fact]
    public void AVisibleDayThatIsTheDayThePageWasModified_StillWins() =>
        Assert.StartsWith("2021-03-05", Published(EditionPage("https://news.example/politics/2021/03/04/budget.html", "2021-03-05T09:00:00+03:00")));

    [Fact]
    public void ADateInAnElementOfItsOwn_IsADateline_InsideALongerHeader()
    {
        string crumbs = string.Join(" › ", Enumerable.Range(1, 12).Select(i => $"Section {i}"));
        string html = "<html lang=\"en\"><body><header class=\"content-header\"><div>" + crumbs + " › In the media</div>"
            + "<span style=\"color:red\">02.12.19</span><h1>What is on the cards for the new Commission</h1></header><article>" + Story + Story
            + "</article></body></html>";
        Assert.Equal("2019-12-02", Published(html));
    }

    [Fact]
    public void ADateInAnElementOfItsOwn_KeepsTheCueOfItsLine() =>
        Assert.Equal("2021-10-18", Published("<html lang=\"de\"><body><h1>Steuer</h1><div class=\"docData\"><span class=\"label\">Datum:</span> "
            + "<span class=\"value\">18.10.2021</span></div><article>" + Story + "<p>Informationsschreiben vom 14. Oktober 2021</p></article></body></html>"));
}
