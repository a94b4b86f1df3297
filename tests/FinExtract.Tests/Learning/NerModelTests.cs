using FinExtract.Learning;
using FinExtract.Pipeline;
using FinExtract.Tests.Output;

namespace FinExtract.Tests.Learning;

/// <summary>The entity recogniser trained from a user's own IOB2 file (sentences written for this test).</summary>
public class NerModelTests
{
    private static string SmallCorpus()
    {
        string[] people = { "Anika Brandt", "Tomas Okafor", "Lena Varga", "Ravi Kumar", "Sofia Lind", "Marek Nowak", "Ines Duarte", "Kenji Sato" };
        string[] firms = { "Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum", "Proseware", "Wingtip" };
        string[] towns = { "Oslo", "Lagos", "Lima", "Perth", "Quito", "Turin", "Hanoi", "Porto" };
        var lines = new List<string> { "-DOCSTART-\tO", "" };
        for (int i = 0; i < people.Length; i++)
            for (int k = 0; k < 3; k++)
            {
                var p = people[(i + k) % people.Length].Split(' ');
                string firm = firms[(i + 2 * k) % firms.Length], town = towns[(i + 3 * k) % towns.Length];
                lines.AddRange(new[] { $"{p[0]}\tB-PER", $"{p[1]}\tI-PER", "joined\tO", $"{firm}\tB-ORG", "in\tO", $"{town}\tB-LOC", ".\tO", "" });
                lines.AddRange(new[] { "Shares\tO", "of\tO", $"{firm}\tB-ORG", "rose\tO", "after\tO", $"{p[0]}\tB-PER", $"{p[1]}\tI-PER", "spoke\tO", ".\tO", "" });
            }
        string path = Path.Combine(TestPaths.NewTempDir(), "mine.iob2");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void AnIob2FileThatIsNotIob2_IsRefusedWithItsLine()
    {
        string path = Path.Combine(TestPaths.NewTempDir(), "bad.iob2");
        File.WriteAllLines(path, new[] { "Acme\tCOMPANY" });
        var e = Assert.Throws<InvalidDataException>(() => NerModel.ReadIob2(path));
        Assert.Contains("bad.iob2:1", e.Message);
    }

    [Fact]
    public void AUsersOwnIob2File_TrainsARecogniser_ThatThePipelineThenUses()
    {
        string corpus = SmallCorpus();
        string dir = TestPaths.NewTempDir();
        string file = Path.Combine(dir, "ner.bin");
        var card = NerModel.Train(new[] { (corpus, "CC0 (written for the test)") }, file, NerLexicons.None);
        Assert.Contains("B-PER", card.Labels);
        Assert.Equal(64, Assert.Single(card.Corpora).Sha256.Length);
        Assert.Equal("5.0.1", card.MlNetVersion); // the package's version, not the assembly's 1.0.0.0

        var model = NerModel.Load(file);
        var spans = model.Spans(new[] { "Shares", "of", "Contoso", "rose", "after", "Lena", "Varga", "spoke", "." }, NerLexicons.None);
        Assert.Contains(spans, s => s.Type == "PER" && s.First == 5 && s.Last == 6);

        File.WriteAllText(Path.Combine(dir, "pipeline.json"), """
            { "version": 1, "stages": [ { "name": "scrape" }, { "name": "segment" },
              { "name": "entities", "recogniser": "ner.bin" } ] }
            """);
        string pages = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(pages, "a.txt"), "Shares of Fabrikam rose after Ines Duarte spoke. Ravi Kumar joined Northwind in Lima.");
        // trained on English, the recogniser adds nothing to a page that says it is in another language
        File.WriteAllText(Path.Combine(pages, "b.html"), "<html lang=\"de\"><body><article><p>Shares of Fabrikam rose after Ines Duarte spoke. " +
            "Ravi Kumar joined Northwind in Lima, and shares of Contoso rose after Lena Varga spoke.</p><p>Shares of Tailspin rose after " +
            "Kenji Sato spoke, and Sofia Lind joined Litware in Porto while shares of Adatum fell.</p></article></body></html>");
        string outDir = TestPaths.NewTempDir();
        BatchRunner.Run(new RunOptions { Input = pages, OutputDirectory = outDir, Pipeline = ConfigLoader.LoadFile(Path.Combine(dir, "pipeline.json")), Threads = 1 });
        var rows = CsvReading.Read(Path.Combine(outDir, "entities.csv"));
        Assert.Contains(rows, r => r["article_id"] == "a" && r["mention"] == "Ines Duarte" && r["type"] == "PERSON"
            && r["rule"].StartsWith(NerModel.Id, StringComparison.Ordinal));
        Assert.Contains(rows, r => r["article_id"] == "b");
        Assert.DoesNotContain(rows, r => r["article_id"] == "b" && r["rule"].StartsWith(NerModel.Id, StringComparison.Ordinal));

        // the model file is the weights alone: cut short, it is refused with the reason, not read as a weaker model
        string cut = Path.Combine(dir, "cut.bin");
        File.WriteAllBytes(cut, File.ReadAllBytes(file)[..^5]);
        File.Copy(Path.ChangeExtension(file, ".card.json"), Path.ChangeExtension(cut, ".card.json"));
        Assert.Contains("ends too soon", Assert.Throws<InvalidDataException>(() => NerModel.Load(cut)).Message);
    }
}
