using FinExtract.Text;
using FinExtract.Pipeline;
using FinExtract.Scraping;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FinExtract.Tests.Scraping;

/// <summary>
/// Property tests over generated markup: whatever the page, the scraper either returns an article whose
/// paragraphs are spans of its body, or a coded <see cref="StageException"/>; it never crashes or hangs.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Pieces =
    {
        "<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<h1>", "<h2>", "</h2>", "<ul><li>", "</li>", "<table><tr><td>", "</td>",
        "<script>var x = '</p>';</script>", "<style>p{}</style>", "<!-- c -->", "<!--", "<![CDATA[x]]>", "<br>", "<br/>", "<a href='x'>", "</a>",
        "<div class=\"share related comments\">", "<nav>", "</nav>", "<time datetime=\"2024-02-30T99:99\">", "<meta charset=\"utf-8\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":", "}</script>", "\"", "“", "”", "&amp;", "&#0;", "&#xD800;", "&bogus;",
        "Shares rose 4% to $12.50 on Tuesday, the company said. ", "By Jane Doe", "\u0000", "\uFFFD", "<", ">", "<<>>", "<p class=", "=", "\r\n", "\t",
        "<svg><p>in svg</p></svg>", "<template><p>t</p></template>", "<b><i>", "</b>", "<blockquote>", "<body>", "<html>", "<head>", "<title>", "</title>",
    };

    private static Arbitrary<string> Pages() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Scraper_NeverCrashes_AndSpansPointIntoTheBody() =>
        Prop.ForAll(Pages(), html =>
        {
            try
            {
                var a = ScrapeHelper.Scrape(html);
                return a.Paragraphs.All(p => p.Start >= 0 && p.End <= a.Body.Length && p.Start < p.End)
                    && a.Paragraphs.Zip(a.Paragraphs.Skip(1)).All(x => x.First.End <= x.Second.Start);
            }
            catch (StageException e)
            {
                return e.Code.Length > 0;
            }
        });

    [Property(MaxTest = 500)]
    public bool DateParser_AndBylines_NeverThrow(string text)
    {
        DateParser.Parse(text);
        DateParser.FindInText(text ?? "", 2024);
        AuthorNames.Clean(text);
        MarkupPrefilter.Limit(text ?? "", 8, out _);
        return true;
    }

    [Property(MaxTest = 200)]
    public Property Prefilter_OnlyRemoves_NeverAddsOrReorders() =>
        Prop.ForAll(Pages(), html =>
        {
            string limited = MarkupPrefilter.Limit(html, 4, out _);
            // Only tags are removed: every character of the output is in the input, in order.
            int i = 0;
            foreach (char c in limited)
            {
                i = html.IndexOf(c, i);
                if (i < 0) return false;
                i++;
            }
            return true;
        });
}
