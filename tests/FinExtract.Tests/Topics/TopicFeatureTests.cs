using FinExtract.Learning;

namespace FinExtract.Tests.Topics;

public class TopicFeatureTests
{
    [Theory]
    [InlineData("Café  Crème's Q&A: UP!", "café crèmes qa up")]
    [InlineData("Société Générale — 3.5 ($)", "société générale 35")]
    [InlineData("  ", "")]
    public void Normalise_FoldsCase_DropsPunctuationAndSymbols_AndCollapsesSpaces(string text, string normalised) =>
        Assert.Equal(normalised, TopicFeatures.Normalise(text));

    [Fact]
    public void Grams_AreWordsBigramsAndCharacterFourGramsAcrossWordsWithMarks()
    {
        var grams = TopicFeatures.Grams("rate cut").ToList();
        Assert.Equal(new[] { "w:rate", "w:rate cut", "w:cut" }, grams.Where(g => g.StartsWith("w:")));
        // "\u0002rate cut\u0003" has 10 characters, so 7 four-grams, one across the space
        Assert.Equal(new[] { "c:\u0002rat", "c:rate", "c:ate ", "c:te c", "c:e cu", "c: cut", "c:cut\u0003" }, grams.Where(g => g.StartsWith("c:")));
    }

    [Fact]
    public void Vector_WeighsRareGramsMore_NormalisesEachBlock_AndIgnoresUnknownGrams()
    {
        var features = TopicFeatures.Learn(new[] { "bank raises rate", "bank cuts rate", "bank holds", "oil rises" });
        var (slots, values) = features.Vector("Bank raises RATE, zebra");
        Assert.Equal(slots.Order(), slots);
        var grams = features.Slots().Select(s => s.Gram).ToArray();
        var byGram = slots.Select((s, i) => (grams[s], values[i])).ToDictionary(x => x.Item1, x => x.Item2);
        Assert.False(byGram.ContainsKey("w:zebra"));
        Assert.True(byGram["w:raises"] > byGram["w:rate"], "a gram in fewer texts weighs more");
        double Norm(string prefix) => Math.Sqrt(byGram.Where(kv => kv.Key.StartsWith(prefix)).Sum(kv => kv.Value * (double)kv.Value));
        Assert.Equal(1.0, Norm("w:"), 5);
        Assert.Equal(1.0, Norm("c:"), 5);
    }

    [Theory]
    [InlineData("central bank holds rates steady")]
    [InlineData("Rocket 🚀 stock soars")]
    [InlineData("x")]
    public void Vector_FindsEveryGramOfATrainingText_ByItsKey(string text)
    {
        var features = TopicFeatures.Learn(new[] { text, "something else entirely" });
        var grams = features.Slots().Select(s => s.Gram).ToArray();
        var expected = TopicFeatures.Grams(TopicFeatures.Normalise(text)).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, features.Vector(text).Slots.Select(s => grams[s]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Vector_OfATextWithNoKnownGram_IsEmpty()
    {
        var features = TopicFeatures.Learn(new[] { "bank raises rate", "oil rises" });
        Assert.Empty(features.Vector("zzz").Slots);
    }

    [Fact]
    public void AModelWrittenToItsFile_ReadsBackWithTheSameProbabilities_AndTheSameBytes_GzippedOrNot_AndATruncatedOneIsRefused()
    {
        var rows = new List<TopicRow>();
        foreach (var s in new[] { "Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware" })
        {
            rows.Add(new TopicRow { Text = $"{s} raises quarterly dividend", Label = "Dividend" });
            rows.Add(new TopicRow { Text = $"{s} to acquire rival in merger", Label = "M&A" });
            rows.Add(new TopicRow { Text = $"{s} quarterly profit beats estimates", Label = "Earnings" });
        }
        // a character 4-gram can cut an emoji's surrogate pair: each half must survive the file as itself
        rows.Add(new TopicRow { Text = "Dividend 🚀 up 😀 up", Label = "Dividend" });
        var model = TopicModel.Fit(rows, seed: 1);
        string dir = TestPaths.NewTempDir();
        string path = Path.Combine(dir, "t.bin");
        model.Save(path);
        File.WriteAllText(Path.ChangeExtension(path, ".card.json"), $$"""{ "Version": "{{TopicModel.Version}}" }""");
        var loaded = TopicModel.Load(path);
        Assert.Equal(model.Labels, loaded.Labels);
        foreach (var text in new[] { "Adatum to acquire a rival", "dividend raised", "nothing known here", "🚀 up 😀" })
            Assert.Equal(model.Probabilities(text), loaded.Probabilities(text));
        Assert.Equal("Dividend", loaded.Predict("Adatum raises its dividend")[0].Topic);
        string again = Path.Combine(dir, "u.bin");
        loaded.Save(again);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(again));

        var whole = File.ReadAllBytes(path);
        string cut = Path.Combine(dir, "cut.bin");
        File.WriteAllBytes(cut, whole[..^9]);
        File.Copy(Path.ChangeExtension(path, ".card.json"), Path.ChangeExtension(cut, ".card.json"));
        string zipped = Path.Combine(dir, "zipped.bin");
        using (var gz = new System.IO.Compression.GZipStream(File.Create(zipped), System.IO.Compression.CompressionLevel.Fastest)) gz.Write(whole);
        File.Copy(Path.ChangeExtension(path, ".card.json"), Path.ChangeExtension(zipped, ".card.json"));
        Assert.Equal(model.Probabilities("dividend raised"), TopicModel.Load(zipped).Probabilities("dividend raised"));
        Assert.Contains("ends too soon", Assert.Throws<InvalidDataException>(() => TopicModel.Load(cut)).Message);
    }

    [Fact]
    public void AFileThatIsNotATopicModel_IsRefusedWithTheReason()
    {
        string dir = TestPaths.NewTempDir();
        string path = Path.Combine(dir, "t.bin");
        using (var w = new BinaryWriter(File.Create(path))) w.Write("something else");
        File.WriteAllText(Path.ChangeExtension(path, ".card.json"), $$"""{ "Version": "{{TopicModel.Version}}" }""");
        var e = Assert.Throws<InvalidDataException>(() => TopicModel.Load(path));
        Assert.Contains("not a topic model", e.Message);
    }
}
