using System.Diagnostics;
using System.Text;
using FinExtract.Pipeline;
using FinExtract.Tests.Output;

namespace FinExtract.Tests.Pipeline;

/// <summary>A folder of hostile files beside one good page, generated here, through the whole batch.</summary>
public class HostileInputTests
{
    [Fact]
    public void HostileFolder_FinishesInBoundedTime_AndEveryFileIsAccountedFor()
    {
        string dir = TestPaths.NewTempDir();
        string good = File.ReadAllText(Path.Combine(TestPaths.Samples, "pages", "wire-dateline.html"));
        File.WriteAllText(Path.Combine(dir, "good.html"), good);
        File.Copy(Path.Combine(TestPaths.Samples, "pages", "windows-1252.html"), Path.Combine(dir, "cp1252.html"));
        File.WriteAllBytes(Path.Combine(dir, "empty.html"), Array.Empty<byte>());
        File.WriteAllBytes(Path.Combine(dir, "binary.html"), Enumerable.Range(0, 20000).Select(i => (byte)(i * 7)).ToArray());
        File.WriteAllText(Path.Combine(dir, "truncated.html"), good[..250]);
        using (var fs = File.Create(Path.Combine(dir, "huge.html")))
        {
            var chunk = Encoding.UTF8.GetBytes("<p>" + string.Concat(Enumerable.Repeat("Shares rose 5% to $10 in heavy trading. ", 25)) + "</p>\n");
            for (long n = 0; n < 50_000_000; n += chunk.Length) fs.Write(chunk);
        }
        File.WriteAllText(Path.Combine(dir, "deep.html"), "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 60000))
            + "<p>Deep inside the page, the lender said quarterly profit rose 12% to $3.1 billion, beating estimates, and it raised the dividend. The shares gained 4% in early trading as investors cheered the results.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 60000)) + "</body></html>");
        File.WriteAllText(Path.Combine(dir, "deep-unclosed.html"), "<html><body>" + string.Concat(Enumerable.Repeat("<span><div><table>", 60000)));
        File.WriteAllBytes(Path.Combine(dir, "invalid-utf8.html"), Encoding.UTF8.GetBytes(good).Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, 0xFF }).ToArray());
        File.WriteAllBytes(Path.Combine(dir, "misdeclared.html"), Encoding.Latin1.GetBytes(good.Replace("said Helen Marsh", "said Hélène Marsh")));
        File.WriteAllText(Path.Combine(dir, "formula.html"), good.Replace("<h1>FTSE 100 falls as miners slide on weak China data</h1>", "<h1>=HYPERLINK(\"http://evil.example\",\"x\")</h1>")
            .Replace("<title>FTSE 100 falls as miners slide on weak China data - Wire Markets</title>", "<title>=HYPERLINK(\"http://evil.example\",\"x\")</title>")
            .Replace("<span class=\"author\">By Tom Ellery</span>", "<span class=\"author\">@SUM(1+1)</span>"));
        File.WriteAllText(Path.Combine(dir, "quotes.html"), "<html><body><article><p>" + new string('“', 10000) + new string('"', 10000)
            + " the analyst said, as shares rose 3% on Tuesday in heavy trading across the whole sector.</p></article></body></html>");

        string outDir = TestPaths.NewTempDir();
        var sw = Stopwatch.StartNew();
        var s = BatchRunner.Run(new RunOptions { Input = dir, OutputDirectory = outDir, Pipeline = ConfigLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "pipeline.json")), Threads = 2 });
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), $"took {sw.Elapsed}");

        var articles = CsvReading.Read(Path.Combine(outDir, "articles.csv")).ToDictionary(r => r["article_id"]);
        var errors = CsvReading.Read(Path.Combine(outDir, "errors.csv")).ToDictionary(r => r["article_id"]);
        // Every input has an error row or an article row; a page with no article has both (its metadata, an empty body).
        Assert.Equal(s.Inputs, articles.Count + errors.Count - errors.Values.Count(e => e["code"] == "scrape.no-article"));
        Assert.Equal("input.empty", errors["empty"]["code"]);
        Assert.Equal("input.binary", errors["binary"]["code"]);
        Assert.Equal("input.too-large", errors["huge"]["code"]);
        Assert.Equal("scrape.no-article", errors["truncated"]["code"]);
        Assert.Equal("scrape.no-article", errors["deep-unclosed"]["code"]);

        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Samples, "gold", "wire-dateline.txt")), articles["good"]["body"]);
        Assert.Contains("rose 12% to $3.1 billion", articles["deep"]["body"]);
        Assert.Contains("€1.3 billion", articles["cp1252"]["body"]);
        Assert.Contains("“We are not satisfied with these numbers,” Wolff said.", articles["cp1252"]["body"]);
        Assert.Contains("Hélène Marsh", articles["misdeclared"]["body"]);
        Assert.Contains("Britain's FTSE 100", articles["invalid-utf8"]["body"]);
        Assert.Contains("shares rose 3%", articles["quotes"]["body"]);

        // No text cell a spreadsheet would run as a formula; the numeric column untouched.
        foreach (var file in new[] { "articles.csv", "errors.csv" })
            foreach (var row in CsvReading.Read(Path.Combine(outDir, file)))
                foreach (var (column, value) in row)
                    Assert.False(value.Length > 0 && "=+-@".Contains(value[0]), $"{file} {column} starts with a formula character: {value[..Math.Min(40, value.Length)]}");
        Assert.StartsWith("'=HYPERLINK", articles["formula"]["title"]);
        Assert.All(articles.Values, r => Assert.Matches("^[0-9]+$", r["word_count"]));
    }
}
