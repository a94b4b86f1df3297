using System.Text.Json;
using FinExtract.Learning;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Learning;

public class EntityTypeModelTests
{
    private static string Corpus => Path.Combine(TestPaths.Samples, "corpus", "entities.jsonl");

    [Fact]
    public void Train_WritesAModelAndACard_WithTheCorpusHashLabelsAndHeldOutMetrics()
    {
        string zip = Path.Combine(TestPaths.NewTempDir(), "entity-types.zip");
        var card = EntityTypeModel.Train(Corpus, zip);
        Assert.True(File.Exists(zip));
        var saved = JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(Path.ChangeExtension(zip, ".card.json")))!;
        Assert.Equal(card.CorpusSha256, saved.CorpusSha256);
        Assert.Equal(new[] { "LOCATION", "NONE", "ORG", "PERSON", "PRODUCT" }, saved.Labels);
        Assert.True(saved.TestExamples > 500 && saved.TrainExamples > 3000);
        Assert.InRange(saved.MicroAccuracy, 0.5, 1.0);
        Assert.Equal("5.0.1", saved.MlNetVersion);

        var model = EntityTypeModel.Load(zip);
        string text = "Shares of Brixwell fell 4% after Tamsin Okoro warned of weaker sales in Tokyo.";
        Assert.Equal("ORG", model.Predict(text, 10, 18).Type);
        Assert.Equal("PERSON", model.Predict(text, 33, 45).Type);
    }

    [Fact]
    public void Train_IsDeterministic()
    {
        string a = Path.Combine(TestPaths.NewTempDir(), "m.zip"), b = Path.Combine(TestPaths.NewTempDir(), "m.zip");
        var ca = EntityTypeModel.Train(Corpus, a);
        var cb = EntityTypeModel.Train(Corpus, b);
        Assert.Equal(ca.MicroAccuracy, cb.MicroAccuracy);
        Assert.Equal(ca.LogLoss, cb.LogLoss);
    }

    [Fact]
    public void StageOption_Model_IsValidatedAtLoad()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load(
            """{ "stages": [ { "name": "scrape" }, { "name": "segment" }, { "name": "entities", "model": "missing/entity-types.zip" } ] }""",
            "p.json", TestPaths.NewTempDir()));
        Assert.Contains(e.Errors, x => x.JsonPath == "$.stages[2].model" && x.Hint.Contains("finextract train"));
    }
}
