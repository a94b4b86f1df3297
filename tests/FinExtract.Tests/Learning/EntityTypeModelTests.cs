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
        string file = Path.Combine(TestPaths.NewTempDir(), "entity-types.bin");
        var card = EntityTypeModel.Train(Corpus, file);
        Assert.True(File.Exists(file));
        var saved = JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(Path.ChangeExtension(file, ".card.json")))!;
        Assert.Equal(card.CorpusSha256, saved.CorpusSha256);
        Assert.Equal(new[] { "LOCATION", "NONE", "ORG", "PERSON", "PRODUCT" }, saved.Labels);
        Assert.True(saved.TestExamples > 500 && saved.TrainExamples > 3000);
        Assert.InRange(saved.MicroAccuracy, 0.5, 1.0);
        Assert.Equal("5.0.1", saved.MlNetVersion);
        // Cross-validated on the training documents, a document's rows in one fold.
        var cv = saved.CrossValidation!;
        Assert.Equal(5, cv.Folds);
        Assert.Equal("document", cv.GroupedBy);
        Assert.InRange(cv.MicroAccuracyMean, saved.MicroAccuracy, 1.0); // folds share the training pools; the held-out split does not
        Assert.InRange(cv.MicroAccuracySd, 0, 0.1);

        var model = EntityTypeModel.Load(file);
        // Words the corpus never has, in contexts like its own: the model reads the neighbours and the word's shape.
        string text = "Layoffs at Quorvant hit staff, and shoppers returned during Hogmanay weekend to buy the new Zephyra phone.";
        string Type(string w) => model.Predict(text, text.IndexOf(w), text.IndexOf(w) + w.Length).Type;
        Assert.Equal("ORG", Type("Quorvant"));
        Assert.Equal("NONE", Type("Hogmanay"));
        Assert.Equal("PRODUCT", Type("Zephyra"));
    }

    [Fact]
    public void Train_IsDeterministic()
    {
        string a = Path.Combine(TestPaths.NewTempDir(), "m.bin"), b = Path.Combine(TestPaths.NewTempDir(), "m.bin");
        var ca = EntityTypeModel.Train(Corpus, a, folds: 0);
        var cb = EntityTypeModel.Train(Corpus, b, folds: 0);
        Assert.Null(ca.CrossValidation);
        Assert.Equal(ca.MicroAccuracy, cb.MicroAccuracy);
        Assert.Equal(ca.LogLoss, cb.LogLoss);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void StageOption_Model_IsValidatedAtLoad()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load(
            """{ "stages": [ { "name": "scrape" }, { "name": "segment" }, { "name": "entities", "model": "missing/entity-types.bin" } ] }""",
            "p.json", TestPaths.NewTempDir()));
        Assert.Contains(e.Errors, x => x.JsonPath == "$.stages[2].model" && x.Hint.Contains("finextract train"));
    }

    [Fact]
    public void AModelOfAnotherFeaturesVersion_IsRefusedAtLoad_WithTheFix()
    {
        string dir = TestPaths.NewTempDir();
        string file = Path.Combine(dir, "entity-types.bin");
        File.Copy(Path.Combine(TestPaths.RepoRoot, "src", "FinExtract", "Resources", "models", "entity-types.bin"), file);
        string card = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "FinExtract", "Resources", "models", "entity-types.card.json"));
        File.WriteAllText(Path.ChangeExtension(file, ".card.json"), card.Replace($"\"Version\": \"{EntityTypeModel.Version}\"", "\"Version\": \"1\""));
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load(
            """{ "stages": [ { "name": "scrape" }, { "name": "segment" }, { "name": "entities", "model": "entity-types.bin" } ] }""", "p.json", dir));
        var error = Assert.Single(e.Errors);
        Assert.Equal("$.stages[2].model", error.JsonPath);
        Assert.Contains($"version 1 (by its card) but this build computes the features of version {EntityTypeModel.Version}", error.Message);
        Assert.Contains("finextract train entity-types", error.Hint);
    }

    [Fact]
    public void ANeighbourTheGazetteersKnow_IsAFeature()
    {
        var errors = new List<ConfigError>();
        var gazetteer = FinExtract.Entities.Gazetteer.Load(new[] { Path.Combine(TestPaths.RepoRoot, "src", "FinExtract", "Resources", "gazetteers", "companies.tsv") }, errors);
        Assert.Empty(errors);
        string text = "Buyers of the Toyota Quorvant waited weeks.";
        Assert.Contains("p1known:ORG", EntityFeatures.For(text, 21, 29, gazetteer));
        Assert.DoesNotContain("known", EntityFeatures.For(text, 21, 29));
        var model = EntityTypeModel.Load(Path.Combine(TestPaths.RepoRoot, "src", "FinExtract", "Resources", "models", "entity-types.bin"));
        Assert.Equal("PRODUCT", model.Predict(text, 21, 29, gazetteer).Type);
    }
}
