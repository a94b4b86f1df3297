using System.Text.Json;
using System.Text.Json.Nodes;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Pipeline;

/// <summary>pipeline.json is checked against its JSON Schema, with the tool's messages: path, what is wrong, the fix.</summary>
public class ConfigSchemaTests
{
    private static List<ConfigError> Errors(string json) => ConfigSchema.Validate(JsonDocument.Parse(json).RootElement, "p.json");

    [Fact]
    public void TheShippedPipeline_ConformsToTheSchema()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "pipeline.json")), options);
        Assert.Empty(ConfigSchema.Validate(doc.RootElement, "pipeline.json"));
        Assert.Equal(new[] { "scrape", "segment", "entities", "numbers", "quotes", "topics" }, ConfigSchema.StageNames);
    }

    [Fact]
    public void SchemaErrors_SayWhereWhatAndTheFix_InFileOrder()
    {
        var errors = Errors("""
            { "colour": 3, "limits": { "articleTimeotMs": 5 },
              "stages": [ { "name": "scrap" }, { "name": "scrape", "options": { "minParagraphChars": -4 } },
                          { "name": "entities", "minConfidence": "high", "rulez": [] } ] }
            """);
        Assert.Equal(new[] { "$.colour", "$.limits.articleTimeotMs", "$.stages[0].name", "$.stages[1].options.minParagraphChars",
            "$.stages[2].minConfidence", "$.stages[2].rulez" }, errors.Select(e => e.JsonPath));
        Assert.Contains("did you mean 'articleTimeoutMs'?", errors[1].Hint);
        Assert.Equal("unknown stage 'scrap'", errors[2].Message);
        Assert.Contains("did you mean 'scrape'?", errors[2].Hint);
        Assert.Equal("-4 is out of range", errors[3].Message);
        Assert.Equal("use a number from 0 to 10000", errors[3].Hint);
        Assert.Equal("expected a number, found the string \"high\"", errors[4].Message);
        Assert.Contains("did you mean 'rules'?", errors[5].Hint);
        Assert.Contains("'stages' is required", Assert.Single(Errors("""{ "version": 1 }""")).Message);
    }

    [Fact]
    public void TheSchemasDefaults_AreTheLoadersDefaults()
    {
        var schema = JsonNode.Parse(ConfigSchema.Text())!["properties"]!;
        var config = ConfigLoader.Load("""{ "stages": [ { "name": "scrape" } ] }""", "p.json", ".").Config;
        long Default(string section, string key) => schema[section]!["properties"]![key]!["default"]!.GetValue<long>();
        Assert.Equal(Default("input", "maxFileBytes"), config.Input.MaxFileBytes);
        Assert.Equal(Default("limits", "articleTimeoutMs"), config.Limits.ArticleTimeoutMs);
        Assert.Equal(Default("limits", "regexTimeoutMs"), config.Limits.RegexTimeoutMs);
        Assert.Equal(Default("limits", "maxDomDepth"), config.Limits.MaxDomDepth);
        var extensions = schema["input"]!["properties"]!["extensions"]!["default"]!.AsArray().Select(x => x!.GetValue<string>());
        Assert.Equal(extensions, config.Input.Extensions);
    }

    [Fact]
    public void AConformingFile_IsRemembered_AndABadOneIsNot()
    {
        string good = "{ \"stages\": [ { \"name\": \"scrape\", \"options\": { \"minParagraphChars\": " + Random.Shared.Next(30, 9000) + " } } ] }";
        string bad = "{ \"stages\": [ { \"name\": \"scrap\" } ], \"n\": " + Random.Shared.Next() + " }";
        // Markers outlive test runs (that is their point): one left by an earlier run that drew the same number goes first.
        foreach (var old in new[] { ConfigSchema.MarkerPath(good), ConfigSchema.MarkerPath(bad) })
            if (File.Exists(old)) File.Delete(old);
        Assert.Empty(ConfigSchema.ValidateCached(JsonDocument.Parse(good).RootElement, "p.json", good, e => e));
        Assert.True(File.Exists(ConfigSchema.MarkerPath(good)), "a conforming file leaves its marker");
        Assert.Empty(ConfigSchema.ValidateCached(JsonDocument.Parse(good).RootElement, "p.json", good, e => e));
        Assert.NotEmpty(ConfigSchema.ValidateCached(JsonDocument.Parse(bad).RootElement, "p.json", bad, e => e));
        Assert.False(File.Exists(ConfigSchema.MarkerPath(bad)), "a file with errors leaves none");
        Assert.NotEmpty(ConfigSchema.ValidateCached(JsonDocument.Parse(bad).RootElement, "p.json", bad, e => e));
    }
}
