using FinExtract.Text;
using FinExtract.Documents;
using FinExtract.Scraping;
using static FinExtract.Tests.Scraping.ScrapeHelper;

namespace FinExtract.Tests.Scraping;

public class MetadataTests
{
    private const string Body = "<p>Shares of the lender rose 4% on Tuesday after it reported quarterly profit well above analyst forecasts, helped by lower funding costs.</p>";

    [Fact]
    public void JsonLd_WinsForAuthorAndDate_AndSourcesAreRecorded()
    {
        string html = """
            <html lang="en"><head><title>Bank profit beats forecasts | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta name="author" content="Someone Else">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example News"},
              {"@type":"NewsArticle","headline":"Bank profit beats forecasts","datePublished":"2024-05-02T09:30:00+01:00",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}]}</script></head>
            <body><h1>Bank profit beats forecasts</h1>
            """ + Body + Body + "</body></html>";
        var a = Scrape(html);
        Assert.Equal("Bank profit beats forecasts", a.Metadata.Title.Value);
        Assert.Equal(MetaSource.Markup, a.Metadata.Title.Source);
        Assert.Equal("Jane Doe; John Roe", a.Metadata.Author.Value);
        Assert.Equal("jsonld", a.Metadata.Author.SourceName);
        Assert.Equal("2024-05-02T09:30:00+01:00", a.Metadata.Published.Value);
        Assert.Equal("Example News", a.Metadata.Site.Value);
        Assert.Equal("en", a.Metadata.Language.Value);
    }

    [Theory]
    [InlineData("Bank profit beats forecasts - Example News", "Example News", "Bank profit beats forecasts")]
    [InlineData("Bank profit beats forecasts | Example News", "", "Bank profit beats forecasts")]
    [InlineData("Example News: Bank profit beats forecasts", "Example News", "Bank profit beats forecasts")]
    [InlineData("Bank profit - and why it matters", "", "Bank profit - and why it matters")]
    [InlineData("Notes From A Harbour » Blog Archive » Why the ferry runs late on Sundays", "", "Why the ferry runs late on Sundays")]
    [InlineData("Ferry fares rise again | harbour-news.ch |", "", "Ferry fares rise again")]
    [InlineData("HARBOUR NEWS|Ferry fares rise again", "HARBOUR NEWS", "Ferry fares rise again")]
    [InlineData("www.harbour-news.co.uk - Ferry fares rise again on Sundays and holidays", "", "Ferry fares rise again on Sundays and holidays")]
    [InlineData("Ferry fares rise 2.5% | Harbour News", "", "Ferry fares rise 2.5%")]
    [InlineData("Ferry fares rise again | harbour-news.ch | Your ferry magazine", "", "Ferry fares rise again")]
    public void StripSite_RemovesTheSiteName(string title, string site, string expected) =>
        Assert.Equal(expected, MetadataExtractor.StripSite(title, site));

    [Theory]
    [InlineData("<div itemprop=\"headline\"><span>Mar 4</span> <span>Oil slides on supply fears</span></div>", "Oil slides on supply fears")]
    [InlineData("<h1>Oil slides on supply fears <small>04.03.2024</small></h1>", "Oil slides on supply fears")]
    [InlineData("<h1>Oil slides on supply fears 2024/25 outlook</h1>", "Oil slides on supply fears 2024/25 outlook")]
    [InlineData("<h1><a href=\"/markets\">Markets</a> | Oil slides on supply fears</h1>", "Oil slides on supply fears")]
    [InlineData("<h1>Oil slides on supply fears | Energy Desk</h1>", "Oil slides on supply fears")]
    public void AHeadlineElementWithADateOrASectionLabelBesideTheTitle_GivesTheTitleAlone(string headline, string expected)
    {
        var a = Scrape("<html><head><meta property=\"og:title\" content=\"Oil slides on supply fears\"></head><body>" + headline
            + Body + Body + "</body></html>");
        Assert.Equal(expected, a.Metadata.Title.Value);
    }

    [Theory]
    [InlineData("{\"article\":{\"id\":7,\"publishedAt\":\"2021-03-03T10:15:00Z\"}}", "2021-03-03")]
    [InlineData("var page = {'title': 'x', 'published_at': '2021-03-03'};", "2021-03-03")]
    [InlineData("var page = {'title': 'x', 'viewedAt': '2021-03-03'};", "")]
    public void APublicationDateInThePagesDataScript_IsTheDate_WhenNothingElseGivesOne(string script, string expected)
    {
        var a = Scrape($"<html><head><script>{script}</script></head><body><h1>Oil slides on supply fears</h1>" + Body + Body + "</body></html>");
        Assert.Equal(expected, a.Metadata.Published.Value.Length >= 10 ? a.Metadata.Published.Value[..10] : a.Metadata.Published.Value);
    }

    [Fact]
    public void ADataScriptsDate_DoesNotOverruleTheMetaDate()
    {
        var a = Scrape("<html><head><meta property=\"article:published_time\" content=\"2021-03-05T08:00:00Z\">"
            + "<script>{\"publishedAt\":\"2019-01-01T00:00:00Z\"}</script></head><body><h1>Oil slides on supply fears</h1>" + Body + Body + "</body></html>");
        Assert.StartsWith("2021-03-05", a.Metadata.Published.Value);
    }

    [Theory]
    [InlineData("<a href=\"/edit\" style=\"display: none\">Open in editor</a>")]
    [InlineData("<span hidden>Open in editor</span>")]
    [InlineData("<span style=\"visibility:hidden\">Open in editor</span>")]
    public void TextHiddenInsideTheHeadline_IsNotPartOfTheTitle(string hidden)
    {
        var a = Scrape($"<html><body><h1><span>Oil slides on supply fears</span>{hidden}</h1>" + Body + Body + "</body></html>");
        Assert.Equal("Oil slides on supply fears", a.Metadata.Title.Value);
    }

    [Fact]
    public void TitleTagFallback_LosesItsSuffix()
    {
        var a = Scrape("<html><head><title>Oil slides on supply fears | Energy Wire</title></head><body>" + Body + Body + "</body></html>");
        Assert.Equal("Oil slides on supply fears", a.Metadata.Title.Value);
        Assert.Equal("title-tag", a.Metadata.Title.SourceName);
    }

    [Theory]
    [InlineData("By JANE DOE and John Roe, Reuters Staff Writer", "Jane Doe|John Roe")]
    [InlineData("By Tom Krisher, AP Auto Writer", "Tom Krisher")]
    [InlineData("Associated Press", "Associated Press")]
    [InlineData("@janedoe", "")]
    [InlineData("By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 5:02 pm PT", "Mike Wuerthele|Malcolm Owen")]
    [InlineData("Von Moritz Bachmann", "Moritz Bachmann")]
    [InlineData("Finian Cunningham. Sputnik International", "Finian Cunningham")]
    [InlineData("By Tom Davies Associated Press", "Tom Davies")]
    [InlineData("Reuters, Washington", "Reuters")]
    [InlineData("News Nation Bureau", "News Nation Bureau")]
    [InlineData("Anna Kowalczyk, PhD", "Anna Kowalczyk")]
    [InlineData("By Ravi Menon, M.D., and Lena Fischer, Senior Editor", "Ravi Menon|Lena Fischer")]
    [InlineData("Analysis by Tomás Herrera", "Tomás Herrera")]
    [InlineData("Reporting by Kemi Adeyemi; Editing by Paul Grant", "Kemi Adeyemi")]
    [InlineData("Av Ingrid Lund", "Ingrid Lund")]
    [InlineData("By 김민지", "김민지")]
    [InlineData("Von Jan Roth und Jan de Vries", "Jan Roth|Jan de Vries")]
    [InlineData("By April Ramos | Sept. | June", "April Ramos")]
    [InlineData("June Okafor, August 2, 2023", "June Okafor")]
    [InlineData("Donnerstag, 4. November 2021", "")]
    [InlineData("Mercredi", "")]
    [InlineData("Julia Roe Alle Artikel", "Julia Roe")]
    [InlineData("View all posts by Julia Roe", "Julia Roe")]
    [InlineData("Tom Reed More articles", "Tom Reed")]
    [InlineData("Claire Morel Tous ses articles", "Claire Morel")]
    [InlineData("Zeige alle Beiträge von Jan Roth →", "Jan Roth")]
    [InlineData("~ Jan Roth", "Jan Roth")]
    [InlineData("Thurs.", "")]
    [InlineData("Sonntag | Lena Berger", "Lena Berger")]
    [InlineData("The Northern and Southern water authorities", "")]
    [InlineData("By Maya Lindqvist and Tom Roe in Oslo", "Maya Lindqvist|Tom Roe")]
    [InlineData("Ines Sola and Pedro de la Vega", "Ines Sola|Pedro de la Vega")]
    [InlineData("By AP and Harbour Times staff", "AP")]
    [InlineData("By", "")]
    [InlineData("Von:", "")]
    [InlineData("Lena Marsh (dpa)", "Lena Marsh|dpa")]
    [InlineData("Propos recueillis par Jeanne Roux", "Jeanne Roux")]
    [InlineData("Texte: Jeanne Roux, Fotos: Paul Marc", "Jeanne Roux")]
    [InlineData("Interview: Jeanne Roux | Photos: Paul Marc", "Jeanne Roux")]
    [InlineData("Eingestellt von Jan Roth", "Jan Roth")]
    [InlineData("한겨레=김민지 기자", "김민지")]
    [InlineData("김민지 선임기자", "김민지")]
    [InlineData("김민지 칼럼니스트", "김민지")]
    [InlineData("Publié par Claire Morel", "Claire Morel")]
    [InlineData("Publicado por Ines Sola", "Ines Sola")]
    [InlineData("Pubblicato da Marco Bassi", "Marco Bassi")]
    [InlineData("Geplaatst door Pieter de Jong", "Pieter de Jong")]
    [InlineData("Фото: Анна Смирнова; Игорь Волков", "Игорь Волков")]
    [InlineData("/janeroe", "")]
    [InlineData("Jane Roe/", "Jane Roe")]
    [InlineData("No Author", "")]
    [InlineData("Unknown", "")]
    [InlineData("Maya Lindqvist, Tom Roe | Harbour Today", "Maya Lindqvist|Tom Roe")]
    [InlineData("Lena Berger, Valley Radio", "Lena Berger")]
    [InlineData("HARBOURNEWS.COM", "")]
    [InlineData("Valleytimes.co.uk", "")]
    [InlineData("Staff and news service reports", "")]
    [InlineData("Wire Services", "")]
    [InlineData("Lena Berger, harbournews.com", "Lena Berger")]
    [InlineData("Tom Reyes and Ana KeelingHarbour Times", "Tom Reyes|Ana Keeling")]
    [InlineData("Ana McDonald and Lou DeFino", "Ana McDonald|Lou DeFino")]
    [InlineData("Jane MacArthur", "Jane MacArthur")]
    [InlineData("LenaBerger", "LenaBerger")]
    [InlineData("Lena Berger for Harbour Today", "Lena Berger")]
    [InlineData("By Lena Berger for the Valley Times", "Lena Berger")]
    [InlineData("Centre for Harbour Studies", "")]
    [InlineData("By Lena Berger And Tom Roe For The Valley Times", "Lena Berger|Tom Roe")]
    [InlineData("By Lena Berger For Harbour Today", "Lena Berger")]
    [InlineData("Jobs & Harbours", "Jobs & Harbours")]
    [InlineData("Lena Berger & Tom Roe", "Lena Berger|Tom Roe")]
    [InlineData("Harbournews.com staff", "Harbournews.com staff")]
    [InlineData("By Ivo Marsh 3 May 2024", "Ivo Marsh")]
    [InlineData("Runa Augustin 12 March 2024 09:30", "Runa Augustin")]
    [InlineData("Tavi Decker, 4 Junior Editors", "Tavi Decker")]
    [InlineData("Kell Ardent March 3, 2024", "Kell Ardent")]
    [InlineData("Ada Quarles · Tavi Orrin", "Ada Quarles|Tavi Orrin")]
    [InlineData("Ada Quarles • 5 min read", "Ada Quarles")]
    [InlineData("Núria Gil·li", "Núria Gil·li")]
    [InlineData("harlowgazette.de, Tarvel, Germany", "")]
    [InlineData("Haus und Hof, Harlow, Deutschland", "")]
    [InlineData("Ada Quarles, Tarvel, Germany", "Ada Quarles")]
    [InlineData("Veröffentlicht am 3. März 2021", "")]
    [InlineData("Von Ada Quarles Fr, 18. Oktober 2019", "Ada Quarles")]
    [InlineData("Ada Quarles Donnerstag, 4. November 2021", "Ada Quarles")]
    [InlineData("Ada Quarles, 3. mars 2021", "Ada Quarles")]
    [InlineData("Ada Quarles und Ivo Marsh Mo. 7. Dezember 2026", "Ada Quarles|Ivo Marsh")]
    [InlineData("Ivo Ma, 3. März 2021", "Ivo Ma")]
    public void Bylines_AreCleaned(string byline, string expected) =>
        Assert.Equal(expected, string.Join("|", AuthorNames.Clean(byline)));

    [Theory]
    [InlineData("<p>By Lena Marsh</p>", "Lena Marsh")]
    [InlineData("<p>Von Lena Marsh</p><p>Newsletter abonnieren</p>", "Lena Marsh")]
    [InlineData("<p>By continuing to use this site you accept cookies</p>", "")]
    [InlineData("<p>By Order of the Board</p>", "")]
    public void ABylineSetAfterTheStory_NamesTheAuthor(string end, string author)
    {
        var a = Scrape("<html><body><h1>Bank profit beats forecasts</h1>" + Body + Body + end + "</body></html>");
        Assert.Equal(author, a.Metadata.Author.Value);
    }

    /// <summary>A byline row that links the story's section or tag beside the author names the author only; a link elsewhere is read.</summary>
    [Theory]
    [InlineData("/category/markets/", "Ada Quarles")]
    [InlineData("/tag/harbour-funds/", "Ada Quarles")]
    [InlineData("/rubrik/wirtschaft/", "Ada Quarles")]
    [InlineData("/people/tavi-orrin/", "Ada Quarles; Tavi Orrin")]
    public void ASectionLinkInTheByline_IsNoAuthor(string href, string authors)
    {
        string second = href.StartsWith("/people", StringComparison.Ordinal) ? "Tavi Orrin" : "Harbour Funds";
        var a = Scrape("<html><body><h1>Bank profit beats forecasts</h1><div class=\"post-byline\"><div><a href=\"/author/ada-quarles\">Ada Quarles</a>"
            + $" · <a href=\"{href}\">{second}</a></div><div><time>3 May 2024</time></div></div>" + Body + Body + "</body></html>");
        Assert.Equal(authors, a.Metadata.Author.Value);
    }

    /// <summary>Bylines of more than four posts (a listing of related stories) name their authors, not the story's: its own comes first.</summary>
    [Theory]
    [InlineData(5, "Lena Marsh")]
    [InlineData(0, "Lena Marsh")]
    public void BylinesOfAListingOfPosts_AreNotTheStorysAuthors(int related, string authors)
    {
        var names = new[] { "Ana Ruiz", "Piet Smit", "Jon Ek", "Mia Lund", "Ivo Kral" };
        string listing = string.Concat(names.Take(related).Select((n, i) => $"<li><a href=\"/p{i}\">Other story</a><span class=\"byline\">By {n}</span></li>"));
        var a = Scrape("<html><body><h1>Bank profit beats forecasts</h1><p class=\"byline\">By Lena Marsh</p>" + Body + Body
            + "<ul>" + listing + "</ul></body></html>");
        Assert.Equal(authors, a.Metadata.Author.Value);
    }

    /// <summary>
    /// A few related stories further on, each with its byline in the same markup as the story's, add no authors to it, and the
    /// structured author stays; the people of one byline, each in an element of their own, all count.
    /// </summary>
    [Theory]
    [InlineData(3, "", "Lena Marsh")]
    [InlineData(0, "<span class=\"byline__name\">Tom Roe</span>", "Lena Marsh; Tom Roe")]
    public void BylinesOfRelatedStories_AddNoAuthors(int related, string coAuthor, string authors)
    {
        var names = new[] { "Ana Ruiz", "Piet Smit", "Jon Ek" };
        string Byline(string name) => $"<div class=\"byline\"><span>By </span><a href=\"/a\"><span class=\"byline__name\">{name}</span></a></div>";
        string teasers = string.Concat(names.Take(related).Select((n, i) =>
            $"<div class=\"card\"><h3><a href=\"/p{i}\">Another story about the harbour and its long history</a></h3>{Body}{Byline(n)}</div>"));
        string ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Lena Marsh\"}}</script>";
        var a = Scrape("<html><head>" + ld + "</head><body><h1>Bank profit beats forecasts</h1><div class=\"byline\"><span>By </span>"
            + "<span class=\"byline__name\">Lena Marsh</span>" + (coAuthor.Length > 0 ? " and " + coAuthor : "") + "</div>"
            + Body + Body + "<aside>" + teasers + "</aside></body></html>");
        Assert.Equal(authors, a.Metadata.Author.Value);
    }

    [Theory]
    [InlineData("By Lena Marsh and Tom Roe, Reuters", "Lena Marsh; Tom Roe", "Reuters")]
    [InlineData("Lena Marsh | The Associated Press", "Lena Marsh", "The Associated Press")]
    [InlineData("Lena Marsh (dpa)", "Lena Marsh", "dpa")]
    [InlineData("By Kyodo News", "Kyodo News", "Kyodo News")]
    [InlineData("By Lena Marsh", "Lena Marsh", "")]
    public void AnAgencyBesideThePeople_GoesInTheAgencyColumn_AndAloneIsAlsoTheAuthor(string byline, string authors, string agency)
    {
        var a = Scrape("<html><body><h1>Bank profit beats forecasts</h1><p class=\"byline\">" + byline + "</p>" + Body + Body + "</body></html>");
        Assert.Equal(authors, a.Metadata.Author.Value);
        Assert.Equal(agency, a.Metadata.Agency.Value);
    }

    [Theory]
    [InlineData("2019-11-20T06:35:00Z", "2019-11-20T06:35:00+00:00")]
    [InlineData("2019-11-19", "2019-11-19")]
    [InlineData("Updated 1:39 am EST, Nov 20, 2019", null)]
    [InlineData("Nov. 20, 2019 1:39 AM ET", "2019-11-20T01:39:00-05:00")]
    [InlineData("20 November 2019", "2019-11-20")]
    [InlineData("June 3, 2024 at 4:05 p.m. ET", "2024-06-03T16:05:00-04:00")]
    public void Dates_AreParsed(string text, string? expected)
    {
        var d = DateParser.Parse(text);
        if (expected == null) Assert.Equal(new DateOnly(2019, 11, 20), d?.Date);
        else Assert.Equal(expected, d?.ToIso());
    }

    [Fact]
    public void UrlDate_IsFound() => Assert.Equal("2019-11-18", DateParser.FromUrl("https://x.example/2019/11/18/story.html")?.ToIso());

    [Theory]
    [InlineData("https://x.example/news/20191118/story-title", "2019-11-18")]
    [InlineData("https://x.example/texte/20220127-a-speech.html", "2022-01-27")]
    [InlineData("https://x.example/world/20231102-ABC123/", "2023-11-02")]
    [InlineData("https://x.example/item/20191340/story", null)]
    [InlineData("https://x.example/id/1201911180/story", null)]
    public void UrlDate_WrittenAsEightDigitsOpeningAPathSegment_IsFound(string url, string? day) =>
        Assert.Equal(day, DateParser.FromUrl(url)?.ToIso());

    /// <summary>
    /// A URL is fixed when a story is first filed: a structured stamp days after the URL's date is a republication or an edit, and the
    /// URL's day is the publication day; a stamp on the URL's day, or the day after it (a time zone apart), keeps its time.
    /// </summary>
    [Theory]
    [InlineData("2019-06-17T10:00:00+00:00", "2017-07-12")]
    [InlineData("2017-07-13T12:00:00+02:00", "2017-07-13T12:00:00+02:00")]
    [InlineData("2017-07-12T18:00:00+02:00", "2017-07-12T18:00:00+02:00")]
    public void AStructuredStampDaysAfterTheUrlsDate_IsALaterEdit(string stamp, string published)
    {
        string html = "<html lang=\"en\"><head><title>Summer at the lake</title>"
            + "<link rel=\"canonical\" href=\"https://blog.example/home/2017/7/12/summer-at-the-lake\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Summer at the lake\",\"datePublished\":\"" + stamp
            + "\"}</script></head><body><h1>Summer at the lake</h1>" + Body + Body + "</body></html>";
        Assert.Equal(published, Scrape(html).Metadata.Published.Value);
    }
}

public class MetadataChoiceTests
{
    private const string Body = "<p>Shares of the lender rose 4% on Tuesday after it reported quarterly profit well above analyst forecasts, helped by lower funding costs.</p><p>The bank also raised its dividend and said it would buy back up to $2 billion of its own stock over the next twelve months.</p>";

    [Theory]
    [InlineData("<span itemprop=\"author creator\">Marta Kowalska</span>", "Marta Kowalska")]
    [InlineData("<span itemprop=\"author\">Текст: Ирина Соколова</span>", "Ирина Соколова")]
    [InlineData("<span itemprop=\"author\">Автор: Ирина Соколова</span>", "Ирина Соколова")]
    public void AnItemPropAuthor_AmongOtherPropertiesOrAfterALabel_IsTheAuthor(string byline, string author)
    {
        var a = ScrapeHelper.Scrape("<html><body><article><h1>Bank beats</h1><p class=\"article-info\">" + byline + "</p>" + Body
            + "<section class=\"comments\"><div itemprop=\"author\"><span itemprop=\"name\">Guest</span></div>"
            + "<p>Nice article, thanks for sharing it with us.</p></section></article></body></html>");
        Assert.Equal(author, a.Metadata.Author.Value);
    }

    [Fact]
    public void AnItemPropAuthorTypedAsAnOrganisation_OrInTheComments_IsNoAuthor()
    {
        var a = ScrapeHelper.Scrape("<html><body><article><h1>Bank beats</h1>"
            + "<div itemprop=\"author publisher\" itemscope itemtype=\"http://schema.org/Organization\"><span itemprop=\"name\">Ledger Media</span></div>"
            + Body + "<div class=\"comment-list\"><article class=\"comment\"><div class=\"comment-author\" itemprop=\"author\" itemscope "
            + "itemtype=\"http://schema.org/Person\"><span itemprop=\"name\">reader77</span></div><p>Nice article, thanks.</p></article></div>"
            + "</article></body></html>");
        Assert.Equal("", a.Metadata.Author.Value);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"Harbour Ledger\">", "Harbour Ledger", "")]
    [InlineData("<meta name=\"author\" content=\"Ledgerpost\">", "Ledgerpost.de", "")]
    [InlineData("<meta name=\"author\" content=\"Harbour Ledger\">", "Harbour Ledger - news for the coast", "")]
    [InlineData("<meta name=\"author\" content=\"Harbour Ledger Staff\">", "Harbour Ledger", "Harbour Ledger Staff")]
    [InlineData("<meta name=\"author\" content=\"Petra Lindqvist\">", "Petra Lindqvist", "Petra Lindqvist")]
    public void AStructuredAuthorThatIsOnlyTheOutletsName_WithNoBylineShown_IsNoAuthor(string meta, string site, string author)
    {
        var a = ScrapeHelper.Scrape($"<html><head>{meta}<meta property=\"og:site_name\" content=\"{site}\"></head>"
            + "<body><article><h1>Bank beats</h1>" + Body + Body + "</article></body></html>");
        Assert.Equal(author, a.Metadata.Author.Value);
    }

    [Fact]
    public void TheOutletsName_ShownAsTheBylineUnderTheHeadline_IsKept()
    {
        var a = ScrapeHelper.Scrape("<html><head><meta name=\"author\" content=\"Harbour Ledger\">"
            + "<meta property=\"og:site_name\" content=\"Harbour Ledger\"></head><body><article><h1>Bank beats</h1>"
            + "<div>By Harbour Ledger 9 March 2024</div>" + Body + Body + "</article></body></html>");
        Assert.Equal("Harbour Ledger", a.Metadata.Author.Value);
    }

    [Fact]
    public void VisibleEveningDateline_WinsOverNextDayUtcStamp()
    {
        var a = ScrapeHelper.Scrape("""
            <html><head><meta property="article:published_time" content="2019-11-19T02:24:00Z"></head><body>
            <div class="header-date">November 20, 2019</div>
            <article><h1>Bank beats</h1><time class="timestamp">Nov. 18, 2019 9:24 pm ET</time>
            """ + Body + "</article></body></html>");
        Assert.Equal("2019-11-18T21:24:00-05:00", a.Metadata.Published.Value);
        Assert.Equal("markup", a.Metadata.Published.SourceName);
    }

    [Fact]
    public void AUtcStampGivenAgainWithTheSitesOffset_TakesTheSitesDay()
    {
        var a = ScrapeHelper.Scrape("""
            <html><head><meta name="date" content="Wed, 6 Mar 2024 00:30:00 +0100">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bank beats","datePublished":"2024-03-05T23:30:00Z"}</script>
            </head><body><article><h1>Bank beats</h1>
            """ + Body + "</article></body></html>");
        Assert.Equal("2024-03-06T00:30:00+01:00", a.Metadata.Published.Value);
    }

    [Theory]
    [InlineData("artikel-datum")]
    [InlineData("noticia-fecha")]
    public void ADatelineNamedInItsSitesLanguage_GivesTheDayReadersSee(string cls)
    {
        var a = ScrapeHelper.Scrape($"""
            <html><head><meta property="article:published_time" content="2024-03-05T23:30:00Z"></head><body>
            <article><h1>Bank beats</h1><p class="info"><span>Anna Berger</span> <span class="{cls}">6.3.2024, 00:30</span></p>
            """ + Body + "</article></body></html>");
        Assert.StartsWith("2024-03-06", a.Metadata.Published.Value);
    }

    [Fact]
    public void StructuredDate_IsKept_WhenTheVisibleDateAgrees()
    {
        var a = ScrapeHelper.Scrape("""
            <html><head><meta property="article:published_time" content="2024-03-04T11:32:00+00:00"></head><body>
            <article><h1>Bank beats</h1><span class="date">March 4, 2024</span>
            """ + Body + "</article></body></html>");
        Assert.Equal("2024-03-04T11:32:00+00:00", a.Metadata.Published.Value);
        Assert.Equal("meta", a.Metadata.Published.SourceName);
    }

    [Fact]
    public void SiteNameAsJsonLdAuthor_GivesWayToTheVisibleByline()
    {
        var a = ScrapeHelper.Scrape("""
            <html><head><meta property="og:site_name" content="AppleInsider">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bank beats","author":{"@type":"Organization","name":"AppleInsider"}}</script></head>
            <body><article><h1>Bank beats</h1><div class="byline">By Malcolm Owen and Mike Wuerthele</div>
            """ + Body + "</article></body></html>");
        Assert.Equal("Malcolm Owen; Mike Wuerthele", a.Metadata.Author.Value);
    }

    /// <summary>
    /// BEM class names: an author element of the story's header or article block ("header-info__author", "article-header__author-link--text")
    /// is its byline; one of a teaser card ("preview__author", "podcast-card__authors") is another story's.
    /// </summary>
    [Theory]
    [InlineData("header-info__author", "Ada Quarles")]
    [InlineData("article-header__author-link--text", "Ada Quarles")]
    [InlineData("preview__author", "")]
    [InlineData("podcast-card__authors", "")]
    public void AnAuthorElementNamedTheBemWay_IsTheBylineOnlyInTheStorysOwnBlock(string cls, string author)
    {
        var a = ScrapeHelper.Scrape($"<html><body><article><h1>Bank beats</h1><div class=\"{cls}\"><a href=\"/p/ada\">Ada Quarles</a></div>"
            + Body + "</article></body></html>");
        Assert.Equal(author, a.Metadata.Author.Value ?? "");
    }

    [Fact]
    public void AccountName_InAuthorMarkup_IsKept()
    {
        var a = ScrapeHelper.Scrape("<html><body><article><h1>Bank beats</h1><a rel=\"author\" href=\"/u/admin\">admin</a>" + Body + "</article></body></html>");
        Assert.Equal("admin", a.Metadata.Author.Value);
    }

    [Fact]
    public void JsonLdAuthors_ResolveIdReferences_AndAnOrganisationIsNoAuthor()
    {
        const string story = "<article><p>The regional council approved the new budget after a long debate, and the opposition said it would keep "
            + "pressing for lower fees for families in the coming year, as the deficit narrows further.</p></article>";
        string graph = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Budget passed\","
            + "\"author\":[{\"@id\":\"https://example.org/#/person/7\"},{\"@type\":\"NewsMediaOrganization\",\"name\":\"Example Daily\"}]},"
            + "{\"@type\":\"Person\",\"@id\":\"https://example.org/#/person/7\",\"name\":\"Marta Quintero\"}]}";
        var a = ScrapeHelper.Scrape($"<html><head><script type=\"application/ld+json\">{graph}</script></head><body><h1>Budget passed</h1>{story}</body></html>");
        Assert.Equal("Marta Quintero", a.Metadata.Author.Value);
    }

    [Fact]
    public void JsonLdValues_WithCharacterReferencesFromTheTemplate_AreDecoded()
    {
        string ld = "{\"@type\":\"NewsArticle\",\"headline\":\"Caf&eacute; chain expands\",\"author\":{\"@type\":\"Person\",\"name\":\"In&#xEA;s Sousa e Melo\"}}";
        var a = Scrape($"<html><head><script type=\"application/ld+json\">{ld}</script></head><body><h1>Café chain expands</h1>{Body}{Body}</body></html>");
        Assert.Equal("Inês Sousa e Melo", a.Metadata.Author.Value);
        Assert.Equal("Café chain expands", a.Metadata.Title.Value);
    }

    [Fact]
    public void AJsonLdHeadlineCopiedFromTheTitleTag_LosesTheSiteName()
    {
        string ld = "{\"@type\":\"NewsArticle\",\"headline\":\"Brewer opens second taproom &ndash; Valley Business Weekly\"}";
        string head = $"<meta property=\"og:site_name\" content=\"Valley Business Weekly\"><script type=\"application/ld+json\">{ld}</script>";
        var a = Scrape($"<html><head>{head}</head><body><div>{Body}{Body}</div></body></html>");
        Assert.Equal("Brewer opens second taproom", a.Metadata.Title.Value);
    }

    [Fact]
    public void ALinkedNameFollowedByANumericDate_InOneByline_IsTheAuthor()
    {
        string html = "<html lang=\"de\"><body><h1>Haushalt beschlossen</h1><p class=\"byline\">Von <a href=\"/autor/anna\">Anna Berger</a> 12.03.2022</p>"
            + Body + Body + "</body></html>";
        Assert.Equal("Anna Berger", Scrape(html).Metadata.Author.Value);
    }

    [Fact]
    public void WithoutAByline_AWireCreditLineAtTheEnd_NamesTheReporter_NotTheEditor()
    {
        string html = "<html><body><h1>Bank profit beats forecasts</h1>" + Body + Body
            + "<p>(Reporting by Lena Marsh in London; Editing by Omar Haddad)</p></body></html>";
        var a = Scrape(html);
        Assert.Equal("Lena Marsh", a.Metadata.Author.Value);
    }

    /// <summary>With no byline markup, a link to the writer's page names the author; one to an outlet's own page or a commenter's does not.</summary>
    [Theory]
    [InlineData("<div class=\"meta-box\"><a href=\"/author/lena-marsh/\">Lena Marsh</a> <span>March 3, 2021</span></div>", "Lena Marsh")]
    [InlineData("<p>Text: <a href=\"https://example.org/autoren/anna-berger\">Anna Berger</a> &amp; <a href=\"/autoren/omar-haddad\">Omar Haddad</a></p>",
        "Anna Berger; Omar Haddad")]
    [InlineData("<div class=\"meta-box\"><a href=\"/author/harbour-presse/\">Harbour Presse</a></div>", "")]
    [InlineData("<div class=\"comments\"><a href=\"/author/ivo-marsh/\">Ivo Marsh</a> wrote: nice.</div>", "")]
    public void ALinkToTheWritersPage_NamesTheAuthor_WhenNothingElseDoes(string html, string author)
    {
        var a = Scrape("<html><body><article><h1>Bank profit beats forecasts</h1>" + html + Body + Body + "</article></body></html>");
        Assert.Equal(author, a.Metadata.Author.Value ?? "");
    }

    /// <summary>A structured author that is an outlet's name gives way to the people a credit line after the story names.</summary>
    [Fact]
    public void AnOrganisationAsTheMetaAuthor_GivesWayToTheCreditLinesReporter()
    {
        string html = "<html><head><meta name=\"author\" content=\"Harbour Times\"></head><body><h1>Bank profit beats forecasts</h1>" + Body + Body
            + "<p>(Reporting by Lena Marsh; Editing by Omar Haddad)</p></body></html>";
        Assert.Equal("Lena Marsh", Scrape(html).Metadata.Author.Value);
    }

    [Fact]
    public void APersonAsTheMetaAuthor_StaysBeforeACreditLine()
    {
        string html = "<html><head><meta name=\"author\" content=\"Ada Quarles\"></head><body><h1>Bank profit beats forecasts</h1>" + Body + Body
            + "<p>(Reporting by Lena Marsh; Editing by Omar Haddad)</p></body></html>";
        Assert.Equal("Ada Quarles", Scrape(html).Metadata.Author.Value);
    }

    /// <summary>"— Jane Roe" after the story is its byline; the same line under a quotation set apart in the story is the quotation's.</summary>
    [Theory]
    [InlineData("<p>— Lena Marsh</p>", "Lena Marsh")]
    [InlineData("<blockquote><p>We will fly again.</p><p>— Lena Marsh</p></blockquote>", "")]
    [InlineData("<p>— Reuters</p>", "")]
    public void ADashAndANameAfterTheStory_IsItsByline_ButNotUnderAQuotation(string end, string author)
    {
        string html = "<html><body><h1>Bank profit beats forecasts</h1>" + Body + Body + end + "</body></html>";
        Assert.Equal(author, Scrape(html).Metadata.Author.Value ?? "");
    }

    private const string LongStory = "<p>The regional council approved the new budget after a long debate, and the opposition said it would keep "
        + "pressing for lower fees for families in the coming year, as the deficit narrows further and reserves grow.</p>";

    [Theory]
    [InlineData("<div class=\"entry-meta\">Posted by Jane Roe on March 3, 2021</div>", "Jane Roe")]
    [InlineData("<div class=\"info\">veröffentlicht am 3. März 2021 von Anna Berger</div>", "Anna Berger")]
    [InlineData("<p class=\"meta\">03/03/2021 - Por Lucía Gómez</p>", "Lucía Gómez")]
    [InlineData("<p>By Jane Roe | March 3, 2021</p>", "Jane Roe")]
    [InlineData("<p class=\"meta\">Foto: Michael von Lingen</p>", "")]
    [InlineData("<p class=\"meta\">News provided by <strong>Harbour Payments, Inc.</strong> Jan 15, 2025</p>", "")]
    [InlineData("<p>Sponsored by Anna Berger Realty</p>", "")]
    [InlineData("<p class=\"meta\">Autor: Max Mustermann</p>", "Max Mustermann")]
    [InlineData("<p class=\"meta\">Author: Jane Roe | 3 March 2021</p>", "Jane Roe")]
    [InlineData("<p>Jana Marek, Senior Aviation Correspondent</p>", "Jana Marek")]
    [InlineData("<p>Elon Vasquez, chief executive of Tarvia Air</p>", "")]
    [InlineData("<p class=\"postdata\"><span class=\"category\">Posted by Ivo</span> <span>21.10.2019</span></p>", "Ivo")]
    [InlineData("<p class=\"share\">By Email</p>", "")]
    public void APlainBylineUnderTheHeadline_NamesTheAuthor_ButCreditsAndCompaniesDoNot(string line, string author)
    {
        string html = $"<html><body><h1>Council passes budget</h1>{line}{LongStory}{LongStory}</body></html>";
        Assert.Equal(author, Scrape(html).Metadata.Author.Value ?? "");
    }

    [Fact]
    public void TheBylinesOfRelatedStories_AreNotTheAuthors()
    {
        string html = "<html><body><h1>Bank profit beats forecasts</h1>" + Body + Body + "<section class=\"more-related\"><h3>More stories</h3><ul>"
            + "<li><a href=\"/x\"><h4>Schools reopen</h4></a><span class=\"byline\">By Carl Mendez</span></li></ul></section></body></html>";
        Assert.Equal("", Scrape(html).Metadata.Author.Value);
    }

    [Theory]
    [InlineData("<div class=\"byline\"><span>By</span><a href=\"/a\">Jane Roe</a><span>Updated</span><time>March 4, 2021</time></div>", "Jane Roe")]
    [InlineData("<div class=\"byline\"><span class=\"label\">Jane Roe</span><a href=\"/a\">Jane Roe</a></div>", "Jane Roe")]
    [InlineData("<div class=\"byline\"><a href=\"/a\">Carl Mendez</a><span>The Associated Press</span></div>", "Carl Mendez")]
    [InlineData("<div class=\"author\">Jane Roe<br>Senior Editor</div>", "Jane Roe")]
    public void BylineElementsSetSideBySide_AreReadAsSeparateWords(string byline, string author)
    {
        string html = $"<html><body><h1>Bank profit beats forecasts</h1>{byline}{Body}{Body}</body></html>";
        Assert.Equal(author, Scrape(html).Metadata.Author.Value);
    }

    [Theory]
    [InlineData("<div id=\"comments\"><div class=\"comment\"><span class=\"author\">Bob Smith</span><p>Great piece.</p></div></div>")]
    [InlineData("<ol class=\"commentlist\"><li class=\"comment even depth-1\"><cite class=\"author-name\">Bob Smith</cite></li></ol>")]
    [InlineData("<div id=\"disqus_thread\"><div class=\"post-byline\"><span class=\"author\">Bob Smith</span></div></div>")]
    public void ReadersWhoCommented_AreNotTheAuthors(string comments)
    {
        string html = $"<html><body><h1>Bank profit beats forecasts</h1><div class=\"byline\">By Jane Roe</div>{Body}{Body}{comments}</body></html>";
        Assert.Equal("Jane Roe", Scrape(html).Metadata.Author.Value);
    }

    [Fact]
    public void AJsonLdArticleThatGivesOnlyItsAuthors_StillNamesThem()
    {
        var a = JsonLdReader.Read(new[] { "{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},\"Bo Chan\"]}" });
        Assert.Equal(new[] { "Ann Lee", "Bo Chan" }, a?.Authors);
    }

    [Fact]
    public void JsonLdEndedWithASemicolon_IsRead_AndAScriptThatIsNotJson_IsPassedOver()
    {
        var a = JsonLdReader.Read(new[] { "Kestrel shares rose 5 1 5", "{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-05-02T08:00:00Z\"};\n" });
        Assert.Equal("2023-05-02T08:00:00Z", a?.DatePublished);
    }

    [Fact]
    public void JsonLdWithAStrayClosingBraceAfterTheObject_KeepsTheObjectsDate()
    {
        const string script = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Port volumes rise\","
            + "\"datePublished\":\"2024-03-11T09:30:00+01:00\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Daily\"}}\n}";
        var a = JsonLdReader.Read(new[] { script });
        Assert.Equal("2024-03-11T09:30:00+01:00", a?.DatePublished);
        Assert.Equal("Port volumes rise", a?.Headline);
    }

    [Fact]
    public void TwoJsonLdObjectsInOneScript_AreBothRead()
    {
        const string script = "{\"@type\":\"WebSite\",\"name\":\"Example Daily\"}\n"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Mill reopens\",\"author\":{\"@type\":\"Person\",\"name\":\"Rosa Klee\"}}";
        var a = JsonLdReader.Read(new[] { script });
        Assert.Equal("Mill reopens", a?.Headline);
        Assert.Equal(new[] { "Rosa Klee" }, a?.Authors);
    }

    [Fact]
    public void JsonLdBrokenBeforeItsFirstObjectEnds_GivesNothing_AndDoesNotThrow()
    {
        Assert.Null(JsonLdReader.Read(new[] { "{\"@type\":\"NewsArticle\",\"headline\":'Single quotes',\"datePublished\":\"2024-03-11\"}" }));
    }
}
