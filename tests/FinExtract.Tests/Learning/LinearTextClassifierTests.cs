using FinExtract.Learning;
using Microsoft.ML;

namespace FinExtract.Tests.Learning;

public class LinearTextClassifierTests
{
    private sealed class Scored
    {
        public float[] Score { get; set; } = Array.Empty<float>();
    }

    private static List<QuoteKindRow> Rows()
    {
        var rows = new List<QuoteKindRow>();
        for (int i = 0; i < 30; i++)
        {
            rows.Add(new QuoteKindRow { Label = "quote", Features = $"len:10-20 verb-after n1:said first:cap{(i % 3 == 0 ? " digits" : "")}" });
            rows.Add(new QuoteKindRow { Label = "scare", Features = $"len:1 p1:called caps:none{(i % 4 == 0 ? " n1:other" : "")}" });
        }
        return rows;
    }

    [Fact]
    public void ItsProbabilities_AreMlNetsOwn_ForTheSameModel()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Rows());
        var model = TextClassifierTraining.Recipe(ml, 20).Fit(data);
        var ours = LinearTextClassifier.FromMlNet(model, data.Schema, "FeatureVector");
        var probes = new[] { "len:10-20 verb-after", "len:1 p1:called", "digits unknown-word", "", "n1:said n1:said" };
        var scored = ml.Data.CreateEnumerable<Scored>(model.Transform(ml.Data.LoadFromEnumerable(
            probes.Select(p => new QuoteKindRow { Label = "quote", Features = p }))), false).ToList();
        for (int i = 0; i < probes.Length; i++)
        {
            var p = ours.Probabilities(probes[i]);
            for (int c = 0; c < p.Length; c++) Assert.Equal(scored[i].Score[c], p[c], 4);
        }
    }

    [Fact]
    public void AWrittenModel_ReadsBackTheSame_AndATruncatedOneIsRefused()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Rows());
        var ours = LinearTextClassifier.FromMlNet(TextClassifierTraining.Recipe(ml, 20).Fit(data), data.Schema, "FeatureVector");
        string path = Path.Combine(TestPaths.NewTempDir(), "m.bin");
        ours.Save(path);
        var back = LinearTextClassifier.Load(path);
        Assert.Equal(ours.Labels, back.Labels);
        Assert.Equal(ours.Probabilities("len:1 p1:called"), back.Probabilities("len:1 p1:called"));

        var bytes = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress)) gz.CopyTo(bytes);
        string cut = Path.Combine(TestPaths.NewTempDir(), "cut.bin");
        using (var gz = new System.IO.Compression.GZipStream(File.Create(cut), System.IO.Compression.CompressionLevel.Fastest))
            gz.Write(bytes.ToArray(), 0, (int)bytes.Length / 2);
        var e = Assert.Throws<InvalidDataException>(() => LinearTextClassifier.Load(cut));
        Assert.Contains("ends too soon", e.Message);
    }
}
