using FinExtract.Learning;
using FinExtract.Text;

namespace FinExtract.Tests.Learning;

/// <summary>IOB2 documents written out as text, read back by the segmenter, with gold spans and votes carried onto its words.</summary>
public class NerCorpusTests
{
    private static List<TaggedToken> Sentence(string tagged) =>
        tagged.Split(' ').Select(t => { int slash = t.LastIndexOf('/'); return new TaggedToken(t[..slash], t[(slash + 1)..]); }).ToList();

    [Fact]
    public void Detokenise_JoinsTokensAsNewsWritesThem_AndKeepsTheSpansOnTheirText()
    {
        var doc = NerCorpus.Detokenise(0, new[]
        {
            Sentence("Shares/O of/O Northwind/B-ORG Traders/I-ORG ,/O which/O Ana/B-PER Ruiz/I-PER runs/O ,/O rose/O ./O"),
            Sentence("She/O did/O n't/O comment/O in/O Lisbon/B-LOC 's/O port/O ./O"),
        });
        Assert.Equal("Shares of Northwind Traders, which Ana Ruiz runs, rose. She didn't comment in Lisbon's port.", doc.Text);
        Assert.Equal(new[] { "Northwind Traders/ORG", "Ana Ruiz/PER", "Lisbon/LOC" }, doc.Spans.Select(s => doc.Text[s.Start..s.End] + "/" + s.Type));
    }

    [Fact]
    public void AHeadlineWithoutFinalPunctuation_EndsItsParagraph()
    {
        var doc = NerCorpus.Detokenise(0, new[] { Sentence("Markets/O rally/O"), Sentence("Stocks/O rose/O ./O") });
        Assert.Equal("Markets rally\n\nStocks rose.", doc.Text);
    }

    [Fact]
    public void Sentences_CarryGoldTagsAndVotesOntoTheSegmentersWords()
    {
        var doc = NerCorpus.Detokenise(3, new[] { Sentence("Ana/B-PER Ruiz/I-PER joined/O Northwind/B-ORG ./O") });
        var sentences = NerCorpus.Sentences(doc, a => new[] { new EntityVote(a.Body.IndexOf("Northwind"), a.Body.IndexOf("Northwind") + 9, "ORG", "gazetteer.x") });
        var s = Assert.Single(sentences);
        Assert.Equal(new[] { "Ana", "Ruiz", "joined", "Northwind", "." }, s.Words);
        Assert.Equal(new[] { "B-PER", "I-PER", "O", "B-ORG", "O" }, s.Tags);
        Assert.Equal(new[] { "", "", "", "B-ORG|gazetteer.x", "" }, s.Votes);
    }

    [Fact]
    public void Documents_AreNumberedByTheirMarkers_AndLongOnesAreCutIntoPieces()
    {
        var lines = new List<string> { "-DOCSTART-\tO", "", "Oslo\tB-LOC", ".\tO", "", "-DOCSTART-\tO", "" };
        for (int i = 0; i < NerCorpus.MaxSentencesPerDocument + 5; i++) lines.AddRange(new[] { "Rain\tO", ".\tO", "" });
        string path = Path.Combine(TestPaths.NewTempDir(), "c.iob2");
        File.WriteAllLines(path, lines);
        var docs = NerCorpus.Documents(path).ToList();
        Assert.Equal(new[] { 0, 1, 1 }, docs.Select(d => d.Index));
        Assert.Equal("Oslo.", docs[0].Text);
        Assert.Equal((0, 4, "LOC"), Assert.Single(docs[0].Spans));
    }

    [Fact]
    public void TokenTags_MarkTheFirstWordOfASpanB_AndTheRestI()
    {
        var tokens = new[] { new Token(0, 3, TokenKind.Word), new Token(4, 8, TokenKind.Word), new Token(9, 12, TokenKind.Word) };
        Assert.Equal(new[] { "B-ORG", "I-ORG", "O" }, NerCorpus.TokenTags(tokens, new[] { (0, 8, "ORG", "") }, "O"));
    }
}

/// <summary>explain's names of the recogniser's features: the same slots, in the same order, as the model reads.</summary>
public class NerFeatureNamesTests
{
    [Fact]
    public void Describe_NamesEverySlotTheModelReads_InItsOrder()
    {
        var stage = FinExtract.Pipeline.ConfigLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "pipeline.json")).Stages
            .OfType<FinExtract.Entities.EntityStage>().Single();
        var words = new[] { "Ana", "Ruiz", "of", "Northwind", "Traders", "flew", "to", "Paris", "on", "Monday", "." };
        var votes = new[] { "B-PERSON|heuristic.x", "I-PERSON|heuristic.x", "", "B-UNKNOWN|heuristic.y", "I-UNKNOWN|heuristic.y", "", "",
            "B-LOCATION|gazetteer.places", "", "", "" };
        var document = new NerDocumentContext(new[] { ((IReadOnlyList<string>)words, (IReadOnlyList<string>?)votes),
            ((IReadOnlyList<string>)new[] { "Later", ",", "paris", "and", "Northwind", "rose", "." }, null) });
        var slots = NerFeatures.ForSentence(words, false, stage.Lexicons, votes, document);
        for (int i = 0; i < words.Length; i++)
        {
            var named = NerFeatures.Describe(words, i, false, stage.Lexicons, votes, document);
            Assert.Equal(slots[i], named.Select(n => n.Slot).ToArray());
            Assert.DoesNotContain(named, n => n.Name.EndsWith('?'));
        }
        Assert.Contains(NerFeatures.Describe(words, 7, false, stage.Lexicons, votes, document), n => n.Name == "document: also written in lower case");
        Assert.Contains(NerFeatures.Describe(words, 0, false, stage.Lexicons, votes, document), n => n.Name == "a given name");
    }

    [Fact]
    public void Explain_ShowsAModelMentionsProbabilityAndTheFeaturesThatWeighedMost()
    {
        string dir = TestPaths.NewTempDir();
        string page = Path.Combine(dir, "a.txt");
        File.WriteAllText(page, "Voters in Quillbridge said on Tuesday that Oswin Tarrow, who ran the ferry for years, would stand again. " +
            "Tarrow told reporters the ferry had carried more people than ever. Residents said Tarrow was well liked.");
        var pipeline = FinExtract.Pipeline.ConfigLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "pipeline.json"));
        string text = FinExtract.Pipeline.Explainer.Explain(page, pipeline);
        var line = text.Split('\n').FirstOrDefault(l => l.Contains("by model.entities, mean tag probability", StringComparison.Ordinal));
        Assert.NotNull(line);
        Assert.Contains("weighed most for B-", line);
    }

    [Fact]
    public void Explain_ShowsWhatTheModelMadeOfAnOpenNameItLeftUntyped()
    {
        string dir = TestPaths.NewTempDir();
        string page = Path.Combine(dir, "a.txt");
        File.WriteAllText(page, "Ferry news\n\nResidents cheered on Sunday.");
        var pipeline = FinExtract.Pipeline.ConfigLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "pipeline.json"));
        string text = FinExtract.Pipeline.Explainer.Explain(page, pipeline);
        Assert.Contains("entities: open \"Residents\" [12-21) left untyped by model.entities: Residents O ", text);
    }
}

/// <summary>The shipped recogniser leaves to linking an open name that is a short form of a name the rules typed.</summary>
public class RecogniserShortFormTests
{
    [Fact]
    public void AnOpenNameThatIsAnOrganisationsFirstWords_IsThatOrganisation()
    {
        // read alone, "Walker Stein" at a sentence's start looks like a person's name to the model; the article names the firm in full
        var a = ShippedPipeline.Run("Walker Stein Okafor LLP will take over the audit clients of Hartwell Advisors, effective immediately. " +
            "Walker Stein currently prepares the revenue reports for the stations in these markets, said a partner. " +
            "The transition from Hartwell to Walker Stein would be seamless.");
        var mentions = a.Entities.Where(e => a.Body[e.Start..e.End].StartsWith("Walker Stein", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, mentions.Count);
        Assert.All(mentions, e => Assert.Equal("ORG", e.Type));
        Assert.Single(mentions.Select(e => e.EntityId).Distinct());
    }
}
