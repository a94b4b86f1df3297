using FinExtract.Scraping;
using FinExtract.Documents;
using FinExtract.Pipeline;
using static FinExtract.Tests.Scraping.ScrapeHelper;

namespace FinExtract.Tests.Scraping;

public class MainTextTests
{
    private const string S1 = "Shares of the lender rose 4% on Tuesday after it reported quarterly profit well above analyst forecasts, helped by lower funding costs.";
    private const string S2 = "The bank also raised its dividend and said it would buy back up to $2 billion of its own stock over the next twelve months.";

    /// <summary>A story of eight paragraphs, about a thousand characters.</summary>
    private static readonly string[] Story =
    {
        S1, S2,
        "Analysts had expected a weaker quarter because loan growth slowed across the industry and deposit costs kept climbing.",
        "The chief executive told investors on a call that the lender would keep a close eye on costs while it invests in technology.",
        "Net interest income, the difference between what the bank earns on loans and pays on deposits, rose for a fifth quarter.",
        "The results come a week after two rivals reported lower earnings and warned that credit losses were likely to rise next year.",
        "Trading revenue climbed as well, lifted by volatile currency and bond markets that kept clients busy through the summer.",
        "Its shares have gained about a fifth this year, outpacing an index of regional lenders that is little changed since January.",
    };

    [Fact]
    public void Body_KeepsArticleParagraphs_InOrder_SeparatedByBlankLines()
    {
        var a = Scrape($"<html><body><article><h1>Headline here</h1>{Para(S1)}{Para(S2)}</article></body></html>");
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal(S2, a.Body[a.Paragraphs[1].Start..a.Paragraphs[1].End]);
    }

    [Theory]
    [InlineData("<div class=\"InlineImage-container\"><div class=\"InlineImage-imageEmbedCaption\">A trader works on the floor of the exchange in New York on Monday.</div><div class=\"InlineImage-imageEmbedCredit\">Jane Roe | Bloomberg | Getty Images</div></div>")]
    [InlineData("<div class=\"media__footer media__footer_bottom\"><div class=\"media__title\"><span>A cyclist rides past a blocked fuel plant on the outskirts of the city.</span><span>Reuters / John Doe</span></div></div>")]
    [InlineData("<div class=\"photo-caption\">The bank's headquarters in Frankfurt, photographed last week by a staff photographer.</div><div class=\"photo-credit\">Photo: Jane Roe</div>")]
    public void PhotoCaptionsAndCredits_StayOut(string figure)
    {
        var a = Scrape($"<html><body><div class=\"article-body\">{Para(S1)}{figure}{Para(S2)}</div></body></html>");
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
    }

    [Theory]
    [InlineData("WHAT COMES NEXT", true)]
    [InlineData("SHARES SLIDE IN TOKYO", true)]
    [InlineData("ADVERTISEMENT", false)]
    [InlineData("WASHINGTON —", false)]
    [InlineData("What comes next", false)]
    public void AShortParagraphInCapitalsBetweenParagraphs_IsASubheading(string line, bool kept)
    {
        var a = Scrape($"<html><body><article><h1>Headline here</h1>{Para(Story[0])}{Para(Story[1])}<p>{line}</p>{Para(Story[2])}"
            + $"{Para(Story[3])}</article></body></html>");
        Assert.Equal(kept, a.Body.Split("\n\n").Contains(line));
        Assert.Contains(Story[3], a.Body);
    }

    [Fact]
    public void ALabelInCapitalsBeforeATeaserBox_DoesNotEndTheStory()
    {
        string teaser = "<div><span class=\"label\">READ MORE</span><br></div><div class=\"promo\"><h2><a href=\"/x\">Another story about banks</a></h2></div>";
        var a = Scrape($"<html><body><article><h1>Headline here</h1>{Para(Story[0])}{Para(Story[1])}{teaser}{Para(Story[2])}"
            + $"{Para(Story[3])}{Para(Story[4])}</article></body></html>");
        Assert.Contains(Story[4], a.Body);
        Assert.DoesNotContain("READ MORE", a.Body);
    }

    [Theory]
    [InlineData("<p><strong><a href=\"/markets/rival-bank\">RIVAL BANK CUTS 300 JOBS</a></strong></p>")]
    [InlineData("<h3><a href=\"/markets/rival-bank\">Rival bank cuts 300 jobs in its trading arm</a></h3>")]
    [InlineData("<p><strong>DON’T MISS</strong></p><p><a href=\"/markets/rival-bank\">Rival bank cuts 300 jobs in its trading arm</a></p>")]
    public void ALinkedHeadingInsideTheStory_IsATeaserForAnotherStory(string teaser)
    {
        var a = Scrape($"<html><body><article><h1>Headline here</h1>{Para(Story[0])}{Para(Story[1])}{teaser}{Para(Story[2])}"
            + $"{Para(Story[3])}{Para(Story[4])}</article></body></html>");
        Assert.Equal(string.Join("\n\n", Story.Take(5)), a.Body);
    }

    [Fact]
    public void ALinkedNameSetAsAHeading_IsKept()
    {
        string cited = "<p><strong><a href=\"https://reviews.example/bank\">[Harbour Review]</a></strong></p>";
        var a = Scrape($"<html><body><article><h1>Headline here</h1>{Para(Story[0])}{cited}{Para(Story[1])}{Para(Story[2])}</article></body></html>");
        Assert.Contains("[Harbour Review]", a.Body);
    }

    [Fact]
    public void AHeadingThatIsATeaserLine_StaysOut()
    {
        var a = Scrape($"<html><body><article><h1>Headline here</h1>{Para(Story[0])}<h3>Read more: Rival lender cuts its forecast</h3>"
            + $"{Para(Story[1])}{Para(Story[2])}</article></body></html>");
        Assert.DoesNotContain("Read more", a.Body);
        Assert.Contains(Story[2], a.Body);
    }

    [Theory]
    [InlineData("entry__content paywall-container")]
    [InlineData("c-article__body widget")]
    public void ABodyNamedInBemStyle_IsNotDroppedForItsOtherClassNames(string classes)
    {
        // the comments hold most of the page's text, so the body's share alone does not keep it
        string sidebar = string.Concat(Enumerable.Repeat(
            "<div class=\"comment\"><p>A reader's comment that goes on for a while about the bank, its dividend and its buyback plans.</p></div>", 6));
        var a = Scrape($"<html><body><h1>Headline here</h1><div class=\"{classes}\">{Para(S1)}{Para(S2)}</div>{sidebar}</body></html>");
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
    }

    /// <summary>A blog's side column of teasers, each short item in a wrapper a CMS names "field-content", as long as the post.</summary>
    private static string TeaserColumn(string classes) => $"<div id=\"sidebar-second\" class=\"{classes}\"><div class=\"view-content\">"
        + string.Concat(Teasers.Select((t, i) => $"<div class=\"views-row\"><h4><a href=\"/post-{i}\">Older post {i}</a></h4>"
            + $"<div class=\"field-content\"><p>{t}</p></div><a href=\"/post-{i}\">more</a></div>")) + "</div></div>";

    /// <summary>Teasers as such lists print them: a sentence or two, cut off mid-word.</summary>
    private static readonly string[] Teasers =
    {
        "The harbour board met again on Monday evening. Its plans for the ferries, the old quay and the town market were sh",
        "Volunteers cleaned the river banks for a third weekend in a row. The council thanked them, and promised new bins al",
        "Our reading group picks a new novel every month. This time the choice fell on a story set in a small fishing vill",
        "Tickets for the winter concert go on sale next week. The choir, the brass band and two soloists will perform in t",
        "The library extends its opening hours from March. Readers can borrow books until eight in the evening, and on Sat",
        "A new cycle path links the station with the school. Parents had asked for it for years, and the works took six mo",
    };

    [Fact]
    public void ASideColumnOfTeasersAsLongAsThePost_StaysOut()
    {
        string post = "<div class=\"node node-article node-promoted\"><div class=\"field field-name-body field-label-hidden\"><div class=\"field-item\">"
            + string.Concat(Story[..3].Select(p => Para(p))) + "</div></div></div>";
        var a = Scrape($"<html><body><div id=\"content\"><h1>Headline here</h1>{post}</div>{TeaserColumn("column sidebar")}</body></html>");
        Assert.Equal(string.Join("\n\n", Story[..3]), a.Body);
    }

    [Theory]
    [InlineData("content-sidebar-wrap")]
    [InlineData("sidebar-layout")]
    public void AWrapperNamedForItsSideColumn_WithTheHeadlineInside_IsKept(string classes)
    {
        string post = $"<div class=\"{classes}\"><h1>Headline here</h1>" + string.Concat(Story.Select(p => Para(p))) + "</div>";
        var a = Scrape($"<html><body><div class=\"nav\"><a href=\"/\">Home</a></div>{post}<div class=\"footer\">About us</div></body></html>");
        Assert.Equal(string.Join("\n\n", Story), a.Body);
    }

    [Theory]
    [InlineData("entry share")]
    [InlineData("widget Blog")]
    public void APostWhoseContainerAThemeNamedShareOrWidget_IsFound_WhenNothingElseIs(string classes)
    {
        string[] paras = Story;
        string post = $"<div class=\"{classes}\">" + string.Concat(paras.Select(p => Para(p))) + "</div>";
        string comments = string.Concat(Enumerable.Repeat(
            "<div class=\"comment\"><p>A reader's comment that goes on for a while about the bank, its dividend and its buyback plans.</p></div>", 16));
        var a = Scrape($"<html><body><h1>Headline here</h1>{post}{comments}</body></html>");
        Assert.Equal(string.Join("\n\n", paras), a.Body);
    }

    [Fact]
    public void ParagraphsMarkedForAPaywall_AreFound_WhenNothingElseIs()
    {
        string[] paras = Story[..4];
        string walled = string.Concat(paras.Select(p => $"<p class=\"body-paragraph paywall\">{p}</p>"));
        var a = Scrape($"<html><body><article><h1>Headline here</h1>{walled}</article></body></html>");
        Assert.Equal(string.Join("\n\n", paras), a.Body);
    }

    [Fact]
    public void TheMeteredRestOfTheStory_InsideTheArticleBody_IsRead_ButAShareBarThereIsNot()
    {
        // The story opens in the body container and goes on in a block the site meters ("paywall"): both are the story.
        string[] opening = Story.Select(p => p + " " + p).ToArray(), rest = Story[..4].Select(p => p + " " + p).ToArray();
        string share = "<div class=\"share-tools\"><a href=\"/s/1\">Share on a network</a> <a href=\"/s/2\">Email this story</a></div>";
        var a = Scrape($"<html><body><div class=\"article-body\">{string.Concat(opening.Select(p => $"<p>{p}</p>"))}{share}"
            + $"<div class=\"paywall\">{string.Concat(rest.Select(p => $"<p>{p}</p>"))}</div></div></body></html>");
        Assert.Equal(string.Join("\n\n", opening.Concat(rest)), a.Body);
    }

    [Fact]
    public void APageThatShowsItsTextOnlyWithoutScripts_IsReadFromItsNoscript_ButANoscriptNoticeBesideAnArticleIsNot()
    {
        var a = Scrape($"<html><body><div id=\"app\"></div><noscript><div id=\"page\"><h1>Headline here</h1>{Para(S1)}{Para(S2)}</div></noscript></body></html>");
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
        string notice = "<noscript><p>Please turn on JavaScript in your browser settings to see all of the features of this website.</p></noscript>";
        var b = Scrape($"<html><body>{notice}<article><h1>Headline here</h1>{Para(S1)}{Para(S2)}</article></body></html>");
        Assert.Equal(S1 + "\n\n" + S2, b.Body);
    }

    [Fact]
    public void APostWhoseParagraphsAreAllSetAsHeadings_IsReadFromThem_ButAProseHeadingBesideAStoryStaysOut()
    {
        string prose = $"<h3>{S1} {S2}</h3><h4>{Story[2]} {Story[3]}</h4>";
        var a = Scrape($"<html><body><article><h1>Headline here</h1><h2>A short heading</h2>{prose}</article></body></html>");
        Assert.Contains(S1 + " " + S2, a.Body);
        Assert.Contains(Story[2] + " " + Story[3], a.Body);
        // with running text in paragraphs, headings are headings: a long one outside the story's container is not pulled in
        string story = string.Concat(Story.Select(s => Para(s)));
        var b = Scrape($"<html><body><div class=\"promo\"><h3>{Story[4]} {Story[5]}</h3></div><article><h1>Headline here</h1>{story}</article></body></html>");
        Assert.DoesNotContain(Story[4] + " " + Story[5], b.Body);
    }

    [Theory]
    [InlineData("<address class=\"author\">Par <a href=\"/auteur/c\">Claire Morel</a>, publié le 5 mars 2024 à 10h12</address>", "Claire Morel")]
    [InlineData("<div class=\"author-info\"><span class=\"name\">Marta Silva</span> <span>Senior Markets Correspondent</span></div>", "Marta Silva")]
    public void ABylineLineAtTheTopOfTheStory_StaysOutOfTheBody(string byline, string author)
    {
        string story = string.Concat(Story.Select(s => Para(s)));
        var a = Scrape($"<html><head><meta name=\"author\" content=\"{author}\"></head><body><article><h1>Headline here</h1>{byline}{story}</article></body></html>");
        Assert.Equal(author, a.Metadata.Author.Value);
        Assert.StartsWith(Story[0], a.Body);
        // a sentence that names the author is the story's
        string own = $"<p>{author} has covered the bank for ten years.</p>";
        var b = Scrape($"<html><head><meta name=\"author\" content=\"{author}\"></head><body><article><h1>Headline here</h1>{own}{story}</article></body></html>");
        Assert.StartsWith(author + " has covered", b.Body);
    }

    [Fact]
    public void AShareBarAlone_IsStillNoArticle()
    {
        string bar = "<div class=\"share\"><p>Share this story with your friends and followers on your favourite networks.</p></div>";
        var e = Assert.Throws<StageException>(() => Scrape($"<html><body><h1>Headline here</h1>{bar}</body></html>"));
        Assert.Equal(ErrorCodes.ScrapeNoArticle, e.Code);
    }

    [Fact]
    public void ADropDownListWithATagLeftOpenInAnOption_DoesNotSwallowTheArticle()
    {
        string menu = "<div class=\"stations\"><select name=\"go\"><option>STATIONS</option>"
            + "<option value=\"/north\"><a href=\"\">NORTH</option><option value=\"/south\">SOUTH</option></select></div>";
        var a = Scrape($"<html><body>{menu}<article><h1>Headline here</h1>{Para(S1)}{Para(S2)}</article></body></html>");
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
    }

    [Fact]
    public void ADropDownListsOptions_AreEmptiedBeforeParsing_ItsTagsAndWhatFollowsKept()
    {
        string html = "<p>Before</p><SELECT id=\"m\"><option>One<b>x</option></Select><p>After</p>";
        Assert.Equal("<p>Before</p><SELECT id=\"m\"></Select><p>After</p>", MarkupPrefilter.Limit(html, 100, out _));
        Assert.Equal("<p>x</p><select><option>Open", MarkupPrefilter.Limit("<p>x</p><select><option>Open", 100, out _));
    }

    [Fact]
    public void AStoryWithALongTableOfFigures_IsTheStory_NotTheTable()
    {
        string rows = string.Concat(Enumerable.Range(1, 40).Select(i => $"<tr><td>2024-09-{i % 28 + 1:00}</td><td>${i * 50}</td><td>Donor {i}</td></tr>"));
        string html = $"<html><body><div class=\"story-content\"><h1>Headline here</h1>{Para(S1)}{Para(S2)}"
            + $"<table><thead><tr><th>Date</th><th>Amount</th><th>Contributor</th></tr></thead><tbody>{rows}</tbody></table></div></body></html>";
        var a = Scrape(html);
        Assert.StartsWith(S1 + "\n\n" + S2, a.Body);
    }

    [Fact]
    public void ATableOfFiguresThatClosesTheStory_IsKept_DatedRowsToo()
    {
        string rows = "<tr><th>Quarter</th><th>Revenue</th><th>Net income</th></tr>"
            + "<tr><td>2024-03-31</td><td>$410m</td><td>$52m</td></tr><tr><td>2024-06-30</td><td>$436m</td><td>$61m</td></tr>";
        string html = $"<html><body><article><h1>Headline here</h1>{Para(S1)}{Para(S2)}<table>{rows}</table></article></body></html>";
        string body = Scrape(html).Body;
        Assert.StartsWith(S1 + "\n\n" + S2, body);
        Assert.EndsWith("Quarter | Revenue | Net income\n\n2024-03-31 | $410m | $52m\n\n2024-06-30 | $436m | $61m", body);
    }

    [Theory]
    [InlineData("<tr><td><a href=\"/\">Home</a></td><td><a href=\"/about\">About us</a></td></tr><tr><td><a href=\"/c\">Contact</a></td><td><a href=\"/t\">Terms</a></td></tr>")]
    [InlineData("<tr><td>Share this story</td></tr><tr><td>Print this page</td></tr>")]
    public void ARowOfLinksOrOneCellRowsAfterTheStory_StayOut(string rows)
    {
        string html = $"<html><body><article><h1>Headline here</h1>{Para(S1)}{Para(S2)}<table>{rows}</table></article></body></html>";
        Assert.Equal(S1 + "\n\n" + S2, Scrape(html).Body);
    }

    [Fact]
    public void AStoryThatQuotesALetterInATable_KeepsTheStoryAroundTheTable()
    {
        // the letter's many short, comma-rich paragraphs make its table cell the scored container; the story around it has
        // more text in fewer, longer paragraphs, each in its own block
        string[] letter = Enumerable.Range(1, 8).Select(i => $"We ask you, Prime Minister, to keep point {i}, as promised, in the bill.").ToArray();
        string[] story = Story.Chunk(2).Select(pair => pair[0] + " " + pair[1]).ToArray();
        string html = $"<html><body><div class=\"article-text\"><h1>Headline here</h1>"
            + string.Concat(story.Select(p => $"<div class=\"para\">{Para(p)}</div>"))
            + "<table><tbody><tr><td>" + string.Concat(letter.Select(p => Para(p))) + "</td></tr></tbody></table></div></body></html>";
        string body = Scrape(html).Body;
        Assert.StartsWith(story[0], body);
        Assert.EndsWith(letter[^1], body);
    }

    [Fact]
    public void Furniture_StaysOut()
    {
        string html = $"""
            <html><body>
            <nav><a href="/">Home</a> <a href="/markets">Markets and more markets links</a></nav>
            <div class="cookie-banner"><p>We use cookies to give you the best experience on our site, please accept them all.</p></div>
            <div class="article-body">{Para(S1)}<div class="ad-container"><p>Advertisement</p></div>{Para(S2)}
            <div class="share-tools"><a href="#">Share on Facebook</a></div></div>
            <section class="related-stories"><h2>Related stories</h2><p><a href="/x">Another bank posts record profit as rates stay higher for longer in the US.</a></p></section>
            <div class="newsletter-box"><p>Sign up for our newsletter to get the top stories of the day straight to your inbox every morning.</p></div>
            <div id="comments"><p>This is a reader comment that goes on for quite a while about the bank and its dividend.</p></div>
            <footer><p>Copyright 2024 Example Media. All rights reserved. Contact us for licensing.</p></footer>
            </body></html>
            """;
        var a = Scrape(html);
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
    }

    [Fact]
    public void HoverCards_CreditLines_AndFollowPrompts_StayOut()
    {
        string html = $"""
            <html><body><article>
            <p>Gov. <span class="rollover-people"><a href="/people/jane-roe">Jane Roe</a><span class="rollover-people-block"><span class="rollover-block"><a class="name" href="/people/jane-roe">Jane Q. Roe</a><a href="/x">Governor doubles down on tax plan</a></span></span></span> said the lender's results were strong and that the state would keep its stake for now.</p>
            {Para(S2)}
            <p>(Reporting by Tom Ellery; Editing by Sara Quinn)</p>
            <p>Follow The Example Times Opinion section on Facebook, Twitter and Instagram.</p>
            </article></body></html>
            """;
        var a = Scrape(html);
        Assert.StartsWith("Gov. Jane Roe said the lender", a.Body);
        Assert.EndsWith(S2, a.Body);
        Assert.DoesNotContain("Jane Q. Roe", a.Body);
    }

    [Fact]
    public void Subheadings_AndListItems_AreKept_WithTheirKind()
    {
        var a = Scrape($"<html><body><div class=\"story-body\">{Para(S1)}<h2>What comes next</h2>{Para(S2)}<ul><li>Revenue rose 12% to $5.1 billion in the quarter.</li><li>Costs fell 3% as the bank closed branches.</li></ul></div></body></html>");
        Assert.Contains(a.Paragraphs, p => p.Kind == ParagraphKind.Heading && a.Body[p.Start..p.End] == "What comes next");
        Assert.Contains(a.Paragraphs, p => p.Kind == ParagraphKind.ListItem && a.Body[p.Start..p.End].StartsWith("Costs fell"));
    }

    [Fact]
    public void ArticleSplitAcrossWrappers_IsReadWhole()
    {
        string part(string s) => $"<div class=\"body-part\">{Para(s)}{Para(s)}</div><div class=\"ad\"><p>Ad</p></div>";
        var a = Scrape($"<html><body><div class=\"main\">{part(S1)}{part(S2)}{part(S1)}</div><aside>{Para(S2)}</aside></body></html>");
        Assert.Equal(6, a.Paragraphs.Count);
    }

    [Fact]
    public void ArticleSectionsEachWrappedTwice_AreReadWhole_FromTheShortLeadToTheLastSection()
    {
        // A CMS that gives every content block its own wrapper: div (no class) > div.block > paragraphs. The long middle section wins
        // the score, and its sister sections are the siblings of its wrapper, not of it.
        string section(int id, params string[] paras) =>
            $"<div data-id=\"{id}\"><div id=\"c{id}\" class=\"block block-text\">{string.Concat(paras.Select(p => $"<p>{p}</p>"))}</div></div>";
        string signup = "<div data-id=\"9\"><div class=\"block block-signup\"><div class=\"signup-form\"></div></div></div>";
        string[] middle = Story[3..7].Select(p => string.Join(" ", Enumerable.Repeat(p, 3))).ToArray();
        var a = Scrape("<html><body><div class=\"site\"><h1>Headline here</h1>" + section(1, Story[0]) + section(2, Story[1], Story[2]) + signup
            + section(3, middle) + section(4, Story[7]) + "</div><footer><p>About us</p></footer></body></html>");
        Assert.Equal(string.Join("\n\n", Story[..3].Concat(middle).Append(Story[7])), a.Body);
    }

    [Fact]
    public void ArticleSectionsWrappedWithTheirSubheadings_AreReadWhole()
    {
        // Each section is a wrapper holding its subheading and a text block; an empty ad slot stands between two of them.
        string section(string heading, params string[] paras) => "<div class=\"section-wrap\">" + (heading.Length > 0 ? $"<h2>{heading}</h2>" : "")
            + $"<div class=\"copy\">{string.Concat(paras.Select(p => $"<p>{p}</p>"))}</div></div>";
        string[] middle = Story[2..6].Select(p => string.Join(" ", Enumerable.Repeat(p, 3))).ToArray();
        var a = Scrape("<html><body><div class=\"site\"><h1>Headline here</h1><div>" + section("", Story[0], Story[1]) + "<div class=\"slot\"></div>"
            + section("What the bank said", middle) + section("What comes next", Story[6], Story[7]) + "</div></div></body></html>");
        Assert.Equal(string.Join("\n\n", Story[..2].Append("What the bank said").Concat(middle).Append("What comes next").Concat(Story[6..])), a.Body);
    }

    [Fact]
    public void AStoryInSeveralBodyNamedBlocks_IsReadWhole_NotJustTheBlockThatScoresBest()
    {
        // Each section of the story is a block named for article text with a content module inside; the long middle one scores best.
        // The blocks together hold far more text than it, but none of them is a column around it: they are the story.
        string block(params string[] paras) =>
            $"<div class=\"rich-text\"><div class=\"module-content\">{string.Concat(paras.Select(p => $"<p>{p}</p>"))}</div><div class=\"clear\"></div></div>";
        string[] middle = Story[2..7].Select(p => string.Join(" ", Enumerable.Repeat(p, 3))).ToArray();
        string[][] sides = [Story[..3], Story[3..6], [Story[6], Story[7], Story[0]], Story[1..4]];
        var a = Scrape("<html><body><div class=\"site\"><h1>Headline here</h1>" + block(sides[0]) + block(middle) + block(sides[1]) + block(sides[2])
            + block(sides[3]) + "</div><footer><p>About us</p></footer></body></html>");
        Assert.Equal(string.Join("\n\n", sides[0].Concat(middle).Concat(sides[1]).Concat(sides[2]).Concat(sides[3])), a.Body);
    }

    [Fact]
    public void RelatedBoxInsideTheStory_IsSkipped_AndTheStoryGoesOn()
    {
        string box = "<div class=\"widget-box\"><h3>Related News</h3><ul><li><a href=\"/a\">Another story about banks and their dividends this year</a></li></ul></div>";
        var a = Scrape($"<html><body><div id=\"story\">{Para(S1)}{box}{Para(S2)}{Para(S1.Replace("lender", "insurer"))}</div></body></html>");
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.DoesNotContain("Related", a.Body);
    }

    [Theory]
    [InlineData("<h3>About Harbour Freight Inc.</h3>")]
    [InlineData("<p><strong>About Harbour Freight Inc.</strong></p>")]
    [InlineData("<h3>Forward-Looking Statements</h3>")]
    [InlineData("<p><b>Media contacts</b></p>")]
    public void PressReleaseBoilerplate_AfterTheStory_IsNotArticleText(string heading)
    {
        string about = "Harbour Freight Inc. is a leading provider of shipping software to retailers, with offices in eleven countries. Visit us online.";
        var a = Scrape($"<html><body><div id=\"story\">{Para(S1)}{Para(S2)}{heading}{Para(about)}</div></body></html>");
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
    }

    [Fact]
    public void AHeadingAboutATopic_InsideTheStory_StaysWithTheStory()
    {
        var a = Scrape($"<html><body><div id=\"story\">{Para(S1)}<h2>About the study</h2>{Para(S2)}{Para(S1.Replace("lender", "insurer"))}</div></body></html>");
        Assert.Contains("About the study", a.Body);
        Assert.Equal(3, a.Paragraphs.Count(p => p.Kind != FinExtract.Documents.ParagraphKind.Heading));
    }

    [Fact]
    public void ALeadSetApartBeforeTheBodyContainer_OpensTheBody()
    {
        string lead = "The lender beat forecasts for a third quarter in a row, and its shares had their best day since the spring.";
        var a = Scrape($"<html><body><main><h1>Bank beats forecasts</h1><p class=\"standfirst\">{lead}</p>"
            + $"<div class=\"article-body\">{Para(S1)}{Para(S2)}{Para(S1.Replace("lender", "insurer"))}</div></main></body></html>");
        Assert.StartsWith(lead + "\n\n" + S1, a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAffiliateDisclosure_IsNotArticleText()
    {
        string note = "This post may contain affiliate links. If you buy something through them, I may earn a small commission.";
        var a = Scrape($"<html><body><div class=\"article-body\"><p><em>{note}</em></p>{Para(S1)}{Para(S2)}</div></body></html>");
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
    }

    [Theory]
    [InlineData("Have a news tip? Email us at tips@example.com or call 555-0100.")]
    [InlineData("Got a tip? Write to the newsroom at any time, in confidence.")]
    public void ARequestForNewsTips_IsNotArticleText(string line)
    {
        var a = Scrape($"<html><body><div class=\"article-body\">{Para(S1)}{Para(S2)}<p>{line}</p></div></body></html>");
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
    }

    [Fact]
    public void RelatedHeadingAtTheEnd_EndsTheStory()
    {
        var a = Scrape($"<html><body><div id=\"story\">{Para(S1)}{Para(S2)}<h2>More from Markets</h2><p>{S1.Replace("lender", "carmaker")}</p></div></body></html>");
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
    }

    [Fact]
    public void IndexPage_IsReportedAsNoArticle()
    {
        string cards = string.Concat(Enumerable.Range(1, 12).Select(i => $"<div class=\"card\"><h3><a href=\"/a{i}\">Headline number {i} about markets and money</a></h3></div>"));
        var e = Assert.Throws<StageException>(() => Scrape($"<html><body><h1>Markets</h1>{cards}</body></html>"));
        Assert.Equal(ErrorCodes.ScrapeNoArticle, e.Code);
    }

    [Fact]
    public void DeepNesting_DoesNotOverflowTheStack()
    {
        string deep = string.Concat(Enumerable.Repeat("<div>", 20000)) + Para(S1) + string.Concat(Enumerable.Repeat("</div>", 20000));
        var a = Record.Exception(() => Scrape($"<html><body>{Para(S1)}{Para(S2)}{deep}</body></html>"));
        Assert.True(a == null || a is StageException);
    }

    [Fact]
    public void TextInput_IsKeptAsItIs()
    {
        var file = new FinExtract.Input.InputFile("/x/a.txt", "a.txt", "a", false, ".txt");
        var article = FinExtract.Input.InputLoader.FromBytes(file, System.Text.Encoding.UTF8.GetBytes("First line.\r\n\r\nSecond  para.\n"));
        new FinExtract.Scraping.ScrapeStage(new()).Process(article, new StageContext(new LimitsConfig(), CancellationToken.None));
        Assert.Equal("First line.\n\nSecond  para.\n", article.Body);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void APostTheArticleEmbeds_IsPartOfItsText_ButTheShareBarIsNot()
    {
        const string para = "<p>The finance ministry said on Tuesday that it would delay the tax changes by a year, after a week of protests by "
            + "small businesses and a warning from the central bank about the cost of borrowing.</p>";
        string html = "<html><body><article><h1>Tax changes delayed</h1>" + para
            + "<blockquote class=\"twitter-tweet\"><p>The reform will go ahead in 2026, with the same rates, after talks with the sector.</p>"
            + "&mdash; Finance Ministry (@example_min) <a href=\"https://example.org/s/1\">March 3, 2025</a></blockquote>"
            + para.Replace("Tuesday", "Wednesday") + "<div class=\"share-tools\"><p>Share this story on every network you use today, please.</p></div></article></body></html>";
        var a = ScrapeHelper.Scrape(html);
        Assert.Contains("The reform will go ahead in 2026", a.Body);
        Assert.DoesNotContain("Share this story", a.Body);
    }

    [Theory]
    [InlineData("div", "social-media-embed")]
    [InlineData("figure", "wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter")]
    [InlineData("div", "embed-container social-embed")]
    public void APostTheArticleEmbeds_InAWrapperNamedLikeFurniture_IsPartOfItsText(string tag, string wrapperClass)
    {
        const string para = "<p>The finance ministry said on Tuesday that it would delay the tax changes by a year, after a week of protests by "
            + "small businesses and a warning from the central bank about the cost of borrowing.</p>";
        string html = "<html><body><article><h1>Tax changes delayed</h1>" + para
            + $"<{tag} class=\"{wrapperClass}\"><blockquote class=\"twitter-tweet\"><p>The reform will go ahead in 2026, with the same rates, "
            + "after talks with the sector.</p>&mdash; Finance Ministry (@example_min) <a href=\"https://example.org/s/1\">March 3, 2025</a>"
            + $"</blockquote></{tag}>" + para.Replace("Tuesday", "Wednesday")
            + "<div class=\"social-share\"><p>Share this story on every network you use today, please.</p></div></article></body></html>";
        var a = ScrapeHelper.Scrape(html);
        Assert.Contains("The reform will go ahead in 2026", a.Body);
        Assert.DoesNotContain("Share this story", a.Body);
    }

    [Fact]
    public void CreditsBareLinksAndDatelineOnlyLines_AreNotArticleText_ButAnEmbeddedPostsSignatureIs()
    {
        const string para = "<p>The finance ministry said on Tuesday that it would delay the tax changes by a year, after a week of protests by "
            + "small businesses and a warning from the central bank about the cost of borrowing.</p>";
        string html = "<html><body><article><h1>Tax changes delayed</h1><p>Nov. 19, 2019, 8:41 AM UTC</p>" + para
            + "<p>Ana Ruiz/Example Times/Getty Images</p><p>https://example.org/news/tax-changes-delayed-123</p>"
            + "<blockquote class=\"twitter-tweet\"><p>The reform will go ahead in 2026, with the same rates, after talks with the sector.</p>"
            + "<p>— Finance Ministry (@example_min) March 3, 2025</p></blockquote>"
            + para.Replace("Tuesday", "Wednesday") + "<p>Kemi Adeyemi contributed reporting from Lagos.</p></article></body></html>";
        var a = ScrapeHelper.Scrape(html);
        foreach (var gone in new[] { "8:41 AM UTC", "Getty Images", "https://example.org", "contributed reporting" })
            Assert.DoesNotContain(gone, a.Body);
        Assert.Contains("— Finance Ministry (@example_min) March 3, 2025", a.Body);
    }

    [Fact]
    public void PressReleaseBoilerplate_ContactLines_AndAnAuthorsBio_StayOut()
    {
        string html = "<html><body><h1>Results</h1><div class=\"article-body\">" + Para(S1) + Para(S2)
            + "<p>About Harbour Mills: Harbour Mills is a leading producer of flour and feed with operations in twelve countries.</p>"
            + "<p>Media contact: press@harbourmills.example, +44 20 7946 0000</p>"
            + "<p>For more information, please visit the company's investor pages or call its press office.</p>"
            + "<p>Jane Roeder is a business reporter at the Daily Ledger covering agriculture and trade.</p></div></body></html>";
        Assert.Equal(S1 + "\n\n" + S2, Scrape(html).Body);
    }
    [Theory]
    [InlineData("Mehr zum Thema")]
    [InlineData("Das könnte Sie auch interessieren")]
    [InlineData("À lire aussi")]
    [InlineData("Noticias relacionadas")]
    [InlineData("Leggi anche")]
    [InlineData("Lees ook")]
    public void ARelatedStoriesHeading_InAnotherLanguage_EndsTheStory(string heading)
    {
        // One teaser with its summary: running text that only the heading marks as another story's.
        string teasers = "<p>Die Hafenstadt erhöht die Gebühren für Container, die länger als eine Woche am Kai stehen, "
            + "und begründet das mit den gestiegenen Kosten für Personal und Energie im vergangenen Jahr.</p>";
        var a = Scrape($"<html><body><div id=\"story\">{Para(S1)}{Para(S2)}<h3>{heading}</h3>{teasers}</div></body></html>");
        Assert.Equal(S1 + "\n\n" + S2, a.Body);
    }

    [Theory]
    [InlineData("Lesen Sie auch: Hafenstadt erhöht die Gebühren für Container")]
    [InlineData("Anzeige")]
    [InlineData("Tagesgeld im Vergleich: die besten Zinsen (Anzeige)")]
    [InlineData("Möchten Sie den Artikel teilen?")]
    [InlineData("© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.")]
    [InlineData("Foto: Jana Beispiel / Bildagentur")]
    [InlineData("Never miss a story: sign up for our free morning newsletter and get the headlines in your inbox.")]
    [InlineData("Abonnieren Sie unseren Newsletter und verpassen Sie keine Meldung aus der Region.")]
    [InlineData("Inscrivez-vous à notre lettre d'information quotidienne.")]
    [InlineData("You can also follow us on Facebook and Instagram for the latest updates.")]
    [InlineData("Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn mit Ihren Freunden.")]
    [InlineData("Do you have a story tip? Email the newsroom at desk@example.org.")]
    [InlineData("Ada Quarles is The Harbour Ledger’s property writer. Email: ada.quarles@example.org; Twitter: @adaquarles.")]
    [InlineData("You can find this story in My Bookmarks. Or by navigating to the user icon in the top right.")]
    [InlineData("Was this article helpful? 12 readers said yes.")]
    [InlineData("War der Artikel hilfreich? (12 Stimmen)")]
    [InlineData("Klicken Sie auf den Button, um die Karte des Anbieters zu laden.")]
    [InlineData("Pressekontakt: Beispiel Werke AG, Ivo Marsh, Telefon 0123 456789")]
    [InlineData("(Copyright (c) 2024 Harbour Television. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.)")]
    [InlineData("Posted by Ivo")]
    [InlineData("Aktualisiert am 3. März 2021, 10:15 Uhr")]
    [InlineData("Article mis à jour le 7 mars 2021.")]
    [InlineData("Über dieses Thema berichtete Radio Harlow am 3. März 2021 um 9 Uhr.")]
    [InlineData("* * *")]
    [InlineData("Join our Harbour Ledger news alerts on WhatsApp")]
    [InlineData("Ada Quarles is the senior editor for the Harbour Ledger. Prior to the Ledger, she covered courts for a radio station.")]
    [InlineData("For the full list of county results, click here.")]
    [InlineData("This document is subject to copyright. No part may be reproduced without the written permission of the publisher.")]
    [InlineData("Tap the link below or scan the QR code to get the day's top stories on your phone.")]
    public void FurnitureLines_InTheMainEuropeanLanguages_AreNotArticleText(string line)
    {
        string s3 = S1.Replace("lender", "insurer");
        var a = Scrape($"<html><body><div id=\"story\">{Para(S1)}{Para(line)}{Para(S2)}{Para(s3)}</div></body></html>");
        Assert.Equal(S1 + "\n\n" + S2 + "\n\n" + s3, a.Body);
    }

    [Fact]
    public void ASentenceAboutANewsletter_OrARecommendationsHeading_StaysWithTheStory()
    {
        const string note = "The bank's newsletter to its wealth clients, sent to 40,000 readers, warned of slower growth and cut its forecasts.";
        var a = Scrape($"<html><body><div id=\"story\">{Para(S1)}{Para(note)}<h3>Empfehlungen</h3>{Para(S2)}"
            + $"{Para(S1.Replace("lender", "insurer"))}</div></body></html>");
        Assert.Contains(note, a.Body);
        Assert.Contains("Empfehlungen\n\n" + S2, a.Body);
    }

    [Theory]
    [InlineData("Customers who scan the QR code at the till pay no fee, the chain said, and 40,000 have done so since May.")]
    [InlineData("The ministry said it would answer questions from farmers in a channel on WhatsApp from next week.")]
    [InlineData("Ada Quarles is the senior editor for the Harbour Ledger. She said the paper would appeal the ruling.")]
    [InlineData("Tomas Ilvers, who sold the firm in May, said it was time to click here and there on a new venture, not run a factory.")]
    public void NewsSentencesThatResembleFurniture_StayWithTheStory(string line)
    {
        var a = Scrape($"<html><body><div id=\"story\">{Para(S1)}{Para(line)}{Para(S2)}{Para(S1.Replace("lender", "insurer"))}</div></body></html>");
        Assert.Contains(line, a.Body);
    }

    private const string Headline = "Lender beats forecasts and lifts its payout";

    [Theory]
    [InlineData("<h2>Lender beats forecasts and lifts its payout</h2>")]
    [InlineData("<p>LENDER BEATS FORECASTS AND  LIFTS ITS PAYOUT.</p>")]
    [InlineData("<p class=\"kicker\">Banks</p><h2>Lender beats forecasts and lifts its payout</h2>")]
    public void TheHeadlinePrintedAgainAtTheTopOfTheStory_IsNotStoryText(string top)
    {
        var a = Scrape($"<html><head><title>{Headline}</title></head><body><div id=\"story\">{top}{Para(Story[0])}{Para(Story[1])}{Para(Story[2])}"
            + "</div></body></html>");
        Assert.DoesNotContain(Headline, a.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Story[0], a.Body);
    }

    [Fact]
    public void TheHeadlineWordsLaterInTheStory_OrOpeningALongerParagraph_Stay()
    {
        string opening = Headline + ", the bank said, after a year of cuts.";
        var a = Scrape($"<html><head><title>{Headline}</title></head><body><div id=\"story\">{Para(opening)}{Para(Story[0])}"
            + $"<h2>{Headline}</h2>{Para(Story[1])}</div></body></html>");
        Assert.StartsWith(opening, a.Body);
        Assert.Contains("\n\n" + Headline + "\n\n", a.Body);
    }
}
