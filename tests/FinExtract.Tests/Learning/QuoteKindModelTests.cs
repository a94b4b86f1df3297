using System.Text.Json;
using FinExtract.Learning;
using FinExtract.Pipeline;
using FinExtract.Quotes;

namespace FinExtract.Tests.Learning;

public class QuoteKindModelTests
{
    private static string Corpus => Path.Combine(TestPaths.Samples, "corpus", "quote-kinds.jsonl");

    private static double Probability(QuoteKindModel model, string text)
    {
        var paragraphs = QuoteKindModel.Paragraphs(text);
        var span = Assert.Single(QuoteStage.FindSpans(text, paragraphs));
        var p = paragraphs.First(x => x.Start <= span.Start && span.Start < x.End);
        return model.QuoteProbability(text, span, p.Start, p.End);
    }

    [Fact]
    public void Train_WritesAModelAndACard_AndTellsQuotationsFromScareQuotes()
    {
        string file = Path.Combine(TestPaths.NewTempDir(), "quote-kinds.bin");
        var card = QuoteKindModel.Train(Corpus, file);
        var saved = JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(Path.ChangeExtension(file, ".card.json")))!;
        Assert.Equal(card.CorpusSha256, saved.CorpusSha256);
        Assert.Equal(new[] { "quote", "scare" }, saved.Labels);
        Assert.True(saved.TrainExamples > 1500 && saved.TestExamples > 300);

        var model = QuoteKindModel.Load(file);
        // sentences and texts the corpus does not hold
        Assert.True(Probability(model, "Retail sales jumped.\n\n“We never expected the stores to be this busy in January, and we are hiring again.”") > 0.5);
        Assert.True(Probability(model, "Brokers described the rebound as a “dead cat bounce” on Thursday.") < 0.5);
        Assert.True(Probability(model, "In her memoir “Winter Ledger”, the trader looks back on the crisis.") < 0.5);
    }

    [Fact]
    public void Corpus_WithWrongOffsets_IsRefusedWithTheDocumentNamed()
    {
        string dir = TestPaths.NewTempDir();
        string path = Path.Combine(dir, "bad.jsonl");
        var lines = Enumerable.Range(0, 20).Select(i =>
            $$"""{"doc": "b{{i:D3}}", "text": "He said “we are fine” today.", "spans": [{"start": 3, "end": 7, "kind": "quote"}]}""");
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<InvalidDataException>(() => QuoteKindModel.ReadCorpus(path));
        Assert.Contains("b000", e.Message);
        Assert.Contains("fix the offsets", e.Message);
    }

    [Fact]
    public void StageOption_Model_IsValidatedAtLoad()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load(
            """{ "stages": [ { "name": "scrape" }, { "name": "segment" }, { "name": "entities" }, { "name": "quotes", "model": "missing/quote-kinds.bin" } ] }""",
            "p.json", TestPaths.NewTempDir()));
        Assert.Contains(e.Errors, x => x.JsonPath == "$.stages[3].model" && x.Hint.Contains("finextract train quote-kinds"));
    }

    [Fact]
    public void ShippedPipeline_DropsAnUnattributedTitle_ByTheModel_AndSaysSo()
    {
        var a = ShippedPipeline.Run("Investors read the bank's annual outlook, titled “Rising tide of global capital markets”, with some scepticism this week.");
        Assert.Empty(a.Quotes);
        var r = Assert.Single(a.RejectedQuotes);
        Assert.StartsWith("model.quote-kinds.v1", r.Reason);
    }
}
