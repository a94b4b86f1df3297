using FinExtract.Pipeline;

namespace FinExtract.Tests.Pipeline;

public class ConfigLoaderTests
{
    private static ConfigException Fails(string json) =>
        Assert.Throws<ConfigException>(() => ConfigLoader.Load(json, "pipeline.json", TestPaths.RepoRoot));

    [Fact]
    public void ShippedPipeline_IsValid()
    {
        var p = ConfigLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "pipeline.json"));
        Assert.Equal("scrape", p.Stages[0].Name);
        Assert.Equal(64, p.ConfigHash.Length);
    }

    [Fact]
    public void UnknownKey_IsReportedWithPathAndSuggestion()
    {
        var e = Fails("""{ "version": 1, "limits": { "articleTimeotMs": 10 }, "stages": [ { "name": "scrape" } ] }""");
        var err = Assert.Single(e.Errors);
        Assert.Equal("$.limits.articleTimeotMs", err.JsonPath);
        Assert.Equal("pipeline.json", err.File);
        Assert.Contains("articleTimeoutMs", err.Hint);
    }

    [Fact]
    public void LanguageVerbs_ThatAreNoVerbsOrUnderNoLanguageCode_AreReportedWithTheirPlace()
    {
        const string Stages = """{ "stages": [ { "name": "scrape" }, { "name": "segment" }, { "name": "entities" }, { "name": "quotes", """;
        var e = Fails(Stages + """ "languageVerbs": { "de": ["sagte:"], "German": ["meinte"] } } ] }""");
        Assert.Contains(e.Errors, x => x.JsonPath == "$.stages[3].languageVerbs.de[0]" && x.Message.Contains("not a reporting verb"));
        Assert.Contains(e.Errors, x => x.JsonPath == "$.stages[3].languageVerbs.German" && x.Message.Contains("not a language code"));
        var shape = Fails(Stages + """ "languageVerbs": { "fr": "dit" } } ] }""");
        Assert.Contains(shape.Errors, x => x.JsonPath == "$.stages[3].languageVerbs.fr" && x.Message.Contains("expected an array"));
    }

    [Fact]
    public void AllErrors_AreReportedAtOnce()
    {
        var e = Fails("""{ "version": 1, "input": { "maxFileBytes": "big" }, "colour": 1, "stages": [ { "name": "scrap" }, { "name": "scrape", "options": { "minParagraphChars": -4 } } ] }""");
        var paths = e.Errors.Select(x => x.JsonPath).ToList();
        Assert.Contains("$.input.maxFileBytes", paths);
        Assert.Contains("$.colour", paths);
        Assert.Contains("$.stages[0].name", paths);
        Assert.Contains("$.stages[1].options.minParagraphChars", paths);
        Assert.Contains(e.Errors, x => x.JsonPath == "$.stages[0].name" && x.Hint.Contains("did you mean 'scrape'"));
    }

    [Fact]
    public void BrokenJson_NamesTheLine()
    {
        var e = Fails("{\n \"version\": 1,\n \"stages\": [ { \"name\": \"scrape\" } \n");
        Assert.StartsWith("line ", Assert.Single(e.Errors).JsonPath);
    }

    [Fact]
    public void MissingStages_IsAnError()
    {
        var e = Fails("""{ "version": 1 }""");
        Assert.Contains(e.Errors, x => x.Message.Contains("'stages' is required"));
    }

    [Fact]
    public void StageListedTwice_IsAnError()
    {
        var e = Fails("""{ "stages": [ { "name": "scrape" }, { "name": "scrape" } ] }""");
        Assert.Contains(e.Errors, x => x.Message.Contains("listed twice"));
    }

    [Fact]
    public void StageWhosePrerequisiteIsMissing_IsRefused()
    {
        var registry = new StageRegistry();
        registry.Add(new FinExtract.Scraping.ScrapeStageFactory());
        registry.Add(new NeedsBodyFactory());
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load("""{ "stages": [ { "name": "needs-body" }, { "name": "scrape" } ] }""", "p.json", ".", registry));
        var err = Assert.Single(e.Errors);
        Assert.Equal("$.stages[0]", err.JsonPath);
        Assert.Contains("'body'", err.Message);
        Assert.Contains("scrape", err.Hint);
        // In the right order it loads.
        ConfigLoader.Load("""{ "stages": [ { "name": "scrape" }, { "name": "needs-body" } ] }""", "p.json", ".", registry);
    }

    private sealed class NeedsBodyFactory : IStageFactory
    {
        public string Name => "needs-body";
        public IReadOnlyList<string> Requires { get; } = new[] { "body" };
        public IReadOnlyList<string> Provides { get; } = new[] { "x" };
        public IReadOnlyList<string> Keys { get; } = Array.Empty<string>();
        public IStage? Create(System.Text.Json.JsonElement entry, string jsonPath, PipelineConfig config, JsonReader reader) => null;
    }
}
