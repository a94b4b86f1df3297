using FinExtract.Input;

namespace FinExtract.Tests.Input;

public class InputDiscoveryTests
{
    [Fact]
    public void SameNameWithTwoExtensions_GetsTwoIds_TheFirstKeepsThePlainOne()
    {
        string dir = TestPaths.NewTempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        foreach (var f in new[] { "report.txt", "report.html", "sub/note.html", "other.htm" })
            File.WriteAllText(Path.Combine(dir, f), "x");
        var inputs = InputDiscovery.Discover(dir, new[] { ".html", ".htm", ".txt" });
        Assert.Equal(new[] { "other", "report", "report.txt", "sub/note" }, inputs.Select(i => i.ArticleId));
        Assert.Equal("report.html", inputs.Single(i => i.ArticleId == "report").SourcePath);
        Assert.Equal(inputs.Count, inputs.Select(i => i.ArticleId).Distinct().Count());
    }
}
