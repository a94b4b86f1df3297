using System.Text.Json;
using FinExtract.Pipeline;
using FinExtract.Tests.Output;

namespace FinExtract.Tests.Golden;

/// <summary>
/// The shipped samples, run with the shipped pipeline.json, against their hand-checked gold:
/// exact body text, headline, authors, date, and strings that must stay out.
/// </summary>
public class SampleGoldenTests
{
    private static readonly Lazy<(Dictionary<string, Dictionary<string, string>> Articles, Dictionary<string, Dictionary<string, string>> Errors)> RunOnce = new(() =>
    {
        string outDir = TestPaths.NewTempDir();
        var pipeline = ConfigLoader.LoadFile(TestPaths.PipelineWithoutTimeouts);
        BatchRunner.Run(new RunOptions { Input = Path.Combine(TestPaths.Samples, "pages"), OutputDirectory = outDir, Pipeline = pipeline, Threads = 2 });
        return (CsvReading.Read(Path.Combine(outDir, "articles.csv")).ToDictionary(r => r["article_id"]),
                CsvReading.Read(Path.Combine(outDir, "errors.csv")).ToDictionary(r => r["article_id"]));
    });

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.Samples, "gold"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Fact]
    public void ThereAreAtLeastEightPages() => Assert.True(Ids().Count >= 8);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Sample_MatchesItsGold(string id)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "gold", id + ".json")));
        var g = gold.RootElement;
        var (articles, errors) = RunOnce.Value;
        if (g.TryGetProperty("expect_error", out var code))
        {
            // Not an article: the reason in errors.csv, and the page's metadata in a row with an empty body.
            Assert.Equal(code.GetString(), errors[id]["code"]);
            Assert.Equal("", articles[id]["body"]);
            Assert.Equal("none", articles[id]["body_source"]);
            return;
        }
        Assert.True(articles.TryGetValue(id, out var row), $"{id} missing from articles.csv: {(errors.TryGetValue(id, out var e) ? e["message"] : "")}");
        string expectedBody = File.ReadAllText(Path.Combine(TestPaths.Samples, "gold", id + ".txt"));
        Assert.Equal(expectedBody, row!["body"]);
        Assert.Equal(g.GetProperty("title").GetString(), row["title"]);
        var authors = g.GetProperty("authors").EnumerateArray().Select(x => x.GetString()).ToList();
        Assert.Equal(string.Join("; ", authors), row["author"]);
        var published = g.GetProperty("published");
        if (published.ValueKind == JsonValueKind.String) Assert.StartsWith(published.GetString()!, row["published"]);
        else Assert.Equal("", row["published"]);
        if (g.TryGetProperty("published_iso", out var iso)) Assert.Equal(iso.GetString(), row["published"]);
        if (g.TryGetProperty("site", out var site)) Assert.Equal(site.GetString(), row["site"]);
        if (g.TryGetProperty("not_in_body", out var banned))
            foreach (var s in banned.EnumerateArray()) Assert.DoesNotContain(s.GetString()!, row["body"]);
    }
}
