using FinExtract.Learning;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Learning;

/// <summary>Word classes by the exchange algorithm, on sentences written for this test.</summary>
public class WordClustersTests
{
    private static List<IReadOnlyList<string>> Text()
    {
        string[] firms = { "Northwind", "Contoso", "Fabrikam", "Tailspin" }, days = { "Monday", "Tuesday", "Friday", "Sunday" };
        string[] verbs = { "rose", "fell", "slid", "jumped" };
        var text = new List<IReadOnlyList<string>>();
        for (int i = 0; i < 40; i++)
            text.Add(new[] { "Shares", "of", firms[i % 4], verbs[(i / 4) % 4], "on", days[(i / 3) % 4], "." });
        return text;
    }

    [Fact]
    public void WordsBetweenTheSameNeighbours_ShareAClass_AndOthersDoNot()
    {
        var clusters = WordClusters.Train(Text(), classes: 8, minCount: 3);
        Assert.Equal(clusters.ClassOf("Northwind"), clusters.ClassOf("Fabrikam"));
        Assert.Equal(clusters.ClassOf("Monday"), clusters.ClassOf("Friday"));
        Assert.NotEqual(clusters.ClassOf("Northwind"), clusters.ClassOf("Monday"));
        Assert.Equal(-1, clusters.ClassOf("Wingtip"));
    }

    [Fact]
    public void TheFile_ReadsBackTheSameClasses_AndTheSameClusteringGivesTheSameBytes()
    {
        string dir = TestPaths.NewTempDir();
        string a = Path.Combine(dir, "a.tsv"), b = Path.Combine(dir, "b.tsv");
        WordClusters.Train(Text(), classes: 6).Save(a);
        WordClusters.Train(Text(), classes: 6).Save(b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        var read = WordClusters.Load(a);
        Assert.Equal(WordClusters.Train(Text(), classes: 6).ClassOf("Contoso"), read.ClassOf("Contoso"));
        Assert.Equal(read.ClassOf("of"), read.ClassOf("Of")); // a word not seen as written falls back to its lower case
        Assert.Equal(64, read.Sha256Hash.Length);
    }

    [Fact]
    public void ARecogniserWithOtherClustersThanItWasTrainedWith_IsAConfigErrorNamingTheKey()
    {
        string dir = TestPaths.NewTempDir();
        File.Copy(Path.Combine(TestPaths.RepoRoot, "src", "FinExtract", "Resources", "models", "entities.bin"), Path.Combine(dir, "ner.bin"));
        File.Copy(Path.Combine(TestPaths.RepoRoot, "src", "FinExtract", "Resources", "models", "entities.card.json"), Path.Combine(dir, "ner.card.json"));
        WordClusters.Train(Text(), classes: 6).Save(Path.Combine(dir, "other.tsv"));
        File.WriteAllText(Path.Combine(dir, "other.card.json"), "{}");
        File.WriteAllText(Path.Combine(dir, "pipeline.json"), """
            { "version": 1, "stages": [ { "name": "scrape" }, { "name": "segment" },
              { "name": "entities", "recogniser": "ner.bin", "wordClusters": "other.tsv" } ] }
            """);
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(Path.Combine(dir, "pipeline.json")));
        Assert.Contains("wordClusters", e.Message);
        Assert.Contains("trained with the word clusters", e.Message);
    }
}
