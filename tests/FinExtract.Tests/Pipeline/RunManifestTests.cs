using System.Text.Json;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Pipeline;

public class RunManifestTests
{
    [Theory]
    [InlineData("plain-id", "outcome.ok")]
    [InlineData("Zürich \"quoted\" <b>&amp;</b> ünïcode \u2028 tab\there", "scrape.no-article")]
    public void ItsLines_AreWhatTheSerializerWritesForItsRecords_SoResumeReadsThemBack(string id, string outcome)
    {
        string path = Path.Combine(TestPaths.NewTempDir(), "progress.jsonl");
        var entry = new ManifestEntry(id, "ab12", new[] { 3, 0, 12 }, outcome);
        using (var m = new RunManifest(path, "c0ffee", new[] { "articles.csv", "entities.csv" })) m.Add(entry);
        var lines = File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(JsonSerializer.Serialize(new RunManifest.ManifestHeader("c0ffee", BatchRunner.ToolVersion, new[] { "articles.csv", "entities.csv" })),
            lines[0]);
        Assert.Equal(JsonSerializer.Serialize(entry), lines[1]);
        var read = RunManifest.Read(path);
        Assert.NotNull(read);
        Assert.Equal(id, read.Value.Entries.Single().Id);
        Assert.Equal(new[] { 3, 0, 12 }, read.Value.Entries.Single().Rows);
    }
}
