using System.IO.Compression;
using System.Text;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Pipeline;

public class BenchTests
{
    private const string Page = """
        <html><head><title>Harbour Freight lifts forecast</title></head><body><article><h1>Harbour Freight lifts forecast</h1>
        <p>Harbour Freight Lines raised its annual profit forecast on Monday after volumes on its Atlantic routes grew 12%.</p>
        <p>The shares closed 4% higher, and the company said it would buy back $200 million of its stock this year.</p>
        </article></body></html>
        """;

    private static LoadedPipeline Pipeline() =>
        ConfigLoader.Load("{ \"version\": 1, \"stages\": [ { \"name\": \"scrape\" } ] }", "test.json", ".");

    [Fact]
    public void BothRatesCountTheSamePages_CompressedOnesIncluded_UnreadableOnesLeftOut()
    {
        string dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "plain.html"), Page);
        using (var fs = File.Create(Path.Combine(dir, "packed.html.gz")))
        using (var gz = new GZipStream(fs, CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes(Page));
        File.WriteAllBytes(Path.Combine(dir, "binary.html"), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00 });

        var results = Bench.Run(dir, Pipeline(), 1);

        Assert.Equal(4, results.Count);
        Assert.All(results, r => Assert.Equal(2, r.PagesPerPass));
        Assert.All(results, r => Assert.True(r.PagesPerSecond > 0, r.Name));
    }
}
