using System.Text.Json;
using FinExtract.Cli;
using FinExtract.Learning;
using FinExtract.Topics;
using FinExtract.Tests.Output;

namespace FinExtract.Tests.Topics;

public class TopicTests
{
    [Fact]
    public void TrainingTextAndArticles_AreCleanedTheSameWay() =>
        Assert.Equal("AAPL cashtag beats estimates & raises guidance to moneyamt , up pctamt in quarterx",
            TopicText.Clean("$AAPL beats estimates &amp; raises guidance to $4.2bn, up 12% in Q3 @newsdesk https://t.co/AbC123"));

    [Theory]
    [InlineData("HARBOUR MILLS FOURTH QTR NET", "HARBOUR MILLS FOURTH quarter net profit")]
    [InlineData("Shr 41 cts vs 38 cts; revs 1.2 mln dlrs", "earnings per share numamt cents vs numamt cents; revenues numamt million dollars")]
    [InlineData("Shr loss 3 cts vs profit 2 cts", "loss per share numamt cents vs profit numamt cents")]
    [InlineData("Qtly div 10 cts vs 9 cts", "quarterly div numamt cents vs numamt cents")]
    [InlineData("output of 2.1 mln bbl a day, oper profit up", "output of numamt million barrels a day, operating profit up")]
    public void WireShorthand_IsWrittenOutAsHeadlinesWriteIt(string wire, string cleaned) =>
        Assert.Equal(cleaned, TopicText.Clean(wire));

    /// <summary>A currency's or a metal's name (and its plural) is followed by a mark for its kind; words with another common reading are not.</summary>
    [Theory]
    [InlineData("Peso slides as sterling firms", "Peso currencyname slides as sterling currencyname firms")]
    [InlineData("ZINC AND IRON ORE PRICES RISE", "ZINC metalname AND IRON ORE metalname PRICES RISE")]
    [InlineData("Rupees and yuan in demand", "Rupees currencyname and yuan currencyname in demand")]
    [InlineData("Tin cans, lead times and a pound of flour", "Tin cans, lead times and a pound of flour")]
    [InlineData("Goldman said silverware sales rose", "Goldman said silverware sales rose")]
    [InlineData("Fire caused damage of 100.000 Euro; bonds worth 5 billion euros", "Fire caused damage of numamt Euro; bonds worth numamt billion euros")]
    public void CurrencyAndMetalNames_AreMarkedByTheirKind(string text, string cleaned) => Assert.Equal(cleaned, TopicText.Clean(text));

    [Theory]
    [InlineData("Tarvel buys Quorvin for $2bn", "Tarvel acquires Quorvin for moneyamt")]
    [InlineData("Harlow agreed to purchase Tarnwell Mining", "Harlow agreed to acquire Tarnwell Mining")]
    [InlineData("Quorvin to be bought by Tarvel", "Quorvin to be acquired by Tarvel")]
    [InlineData("TARVEL TO BUY QUORVIN UNIT\nTarvel said it would buy the unit", "TARVEL TO ACQUIRE QUORVIN UNIT Tarvel said it would acquire the unit")]
    [InlineData("Tarvel buys online ad firm Quorvin", "Tarvel acquires online ad firm Quorvin")]
    [InlineData("Harlow may buy rival", "Harlow may acquire rival")]
    [InlineData("Harlow buys a stake in Tarvel", "Harlow acquires a stake in Tarvel")]
    [InlineData("Funds buy bank stocks", "Funds buy bank stocks")]
    [InlineData("Investors buy the dip", "Investors buy the dip")]
    [InlineData("3 Stocks to Buy Now", "numamt Stocks to Buy Now")]
    [InlineData("Harlow buys more Tarvel shares", "Harlow buys more Tarvel shares")]
    [InlineData("Analysts recommend buying Tarvel", "Analysts recommend buying Tarvel")]
    [InlineData("rebuys Tarvel; buyers Harlow", "rebuys Tarvel; buyers Harlow")]
    public void BuyingANamedBusiness_IsReadAsAcquiringIt(string text, string cleaned) =>
        Assert.Equal(cleaned, TopicText.Clean(text.Replace("\\n", "\n")));

    [Fact]
    public void WordsThatOnlyContainShorthand_AreLeftAlone() =>
        Assert.Equal("Shredder maker Qtrly Avgas", TopicText.Clean("Shredder maker Qtrly Avgas"));

    /// <summary>A small corpus written for this test: three topics with their own vocabulary.</summary>
    private static string SmallCorpus()
    {
        string[] subjects = { "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Wonka", "Tyrell" };
        var lines = new List<string> { "text,topic" };
        foreach (var s in subjects)
        {
            // Three wordings a topic, so that every fold sees each of them.
            lines.Add($"\"{s} quarterly profit beats estimates as revenue climbs\",Earnings");
            lines.Add($"\"{s} reports fourth-quarter earnings above forecasts\",Earnings");
            lines.Add($"\"{s} profit and revenue top estimates in quarterly earnings\",Earnings");
            lines.Add($"\"{s} to acquire rival in all-stock merger deal\",M&A");
            lines.Add($"\"{s} agrees takeover bid, deal valued at billions\",M&A");
            lines.Add($"\"{s} merger deal: agrees to acquire rival\",M&A");
            lines.Add($"\"{s} raises quarterly dividend and announces buyback\",Dividend");
            lines.Add($"\"{s} declares special dividend payout to shareholders\",Dividend");
            lines.Add($"\"{s} dividend raised, shareholders get bigger payout\",Dividend");
        }
        string path = Path.Combine(TestPaths.NewTempDir(), "topics.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void AUsersOwnCsv_TrainsAModelWithACard_ThatThePipelineThenUses()
    {
        string corpus = SmallCorpus();
        string dir = TestPaths.NewTempDir();
        string zip = Path.Combine(dir, "topics.bin");
        var card = TopicModel.Train(TopicCorpus.Read(corpus), corpus, "CC0 (written for the test)", zip, folds: 2);
        Assert.Equal(new[] { "Dividend", "Earnings", "M&A" }, card.Labels);
        Assert.Equal(90, card.Examples);
        Assert.True(card.AccuracyMean > 0.8, $"cross-validated accuracy {card.AccuracyMean}");
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(zip, ".card.json"))))
        {
            Assert.Equal(64, json.RootElement.GetProperty("CorpusSha256").GetString()!.Length);
            Assert.Equal("CC0 (written for the test)", json.RootElement.GetProperty("CorpusLicence").GetString());
        }

        string cfg = Path.Combine(dir, "pipeline.json");
        File.WriteAllText(cfg, """{ "version": 1, "stages": [ { "name": "scrape" }, { "name": "topics", "model": "topics.bin", "threshold": 0.3 } ] }""");
        string pages = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(pages, "a.txt"), "Northwind board raises quarterly dividend and plans a share buyback after a strong year for the company and its shareholders.");
        string outDir = TestPaths.NewTempDir();
        FinExtract.Pipeline.BatchRunner.Run(new FinExtract.Pipeline.RunOptions { Input = pages, OutputDirectory = outDir, Pipeline = FinExtract.Pipeline.ConfigLoader.LoadFile(cfg), Threads = 1 });
        var article = Assert.Single(CsvReading.Read(Path.Combine(outDir, "articles.csv")));
        Assert.Equal("Dividend", article["topic"]);
        var topics = CsvReading.Read(Path.Combine(outDir, "topics.csv"));
        Assert.Equal(("a", "1", "Dividend"), (topics[0]["article_id"], topics[0]["rank"], topics[0]["topic"]));
        Assert.Equal(article["topic_confidence"], topics[0]["probability"]);

        string input = Path.Combine(dir, "headlines.csv");
        File.WriteAllText(input, "id,text\r\n1,Contoso to buy rival in merger deal\r\n2,\"Fabrikam profit beats estimates, revenue up\"\r\n");
        var o = new StringWriter();
        int code = Program.BuildCommand(o, new StringWriter()).Parse(new[] { "classify", "topics", input, "--out", Path.Combine(dir, "out.csv"), "--config", cfg })
            .Invoke(new System.CommandLine.InvocationConfiguration { Output = o, Error = new StringWriter() });
        Assert.Equal(0, code);
        var classified = CsvReading.Read(Path.Combine(dir, "out.csv"));
        Assert.Equal(new[] { "M&A", "Earnings" }, classified.Select(r => r["topic"]));
        Assert.Equal("1", classified[0]["id"]);
    }

    [Fact]
    public void MergedTopics_AreReportedAsOne_WithTheirProbabilitiesSummed()
    {
        string corpus = SmallCorpus();
        string dir = TestPaths.NewTempDir();
        TopicModel.Train(TopicCorpus.Read(corpus), corpus, "CC0 (written for the test)", Path.Combine(dir, "topics.bin"), folds: 2);
        string cfg = Path.Combine(dir, "pipeline.json");
        File.WriteAllText(cfg, """
            { "version": 1, "stages": [ { "name": "scrape" },
              { "name": "topics", "model": "topics.bin", "threshold": 0, "merge": { "Dividend": "Payouts", "M&A": "Payouts" } } ] }
            """);
        var pipeline = FinExtract.Pipeline.ConfigLoader.LoadFile(cfg);
        var stage = pipeline.Stages.OfType<TopicStage>().Single();
        const string text = "Tarvel raises its quarterly dividend and agrees to acquire a rival in an all-stock merger deal.";
        var byModel = stage.Model.Predict(text).ToDictionary(t => t.Topic, t => t.Probability);
        var merged = stage.Merged(stage.Model.Predict(text));
        Assert.Equal(new[] { "Earnings", "Payouts" }, merged.Select(t => t.Topic).Order(StringComparer.Ordinal));
        Assert.Equal(byModel["Dividend"] + byModel["M&A"], merged.Single(t => t.Topic == "Payouts").Probability, 12);
        Assert.True(merged[0].Probability >= merged[1].Probability);

        string pages = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(pages, "a.txt"), text + " The board said the payout and the deal reflect a strong year for shareholders.");
        string outDir = TestPaths.NewTempDir();
        FinExtract.Pipeline.BatchRunner.Run(new FinExtract.Pipeline.RunOptions { Input = pages, OutputDirectory = outDir, Pipeline = pipeline, Threads = 1 });
        Assert.Equal("Payouts", Assert.Single(CsvReading.Read(Path.Combine(outDir, "articles.csv")))["topic"]);
        Assert.DoesNotContain(CsvReading.Read(Path.Combine(outDir, "topics.csv")), r => r["topic"] is "Dividend" or "M&A");

        // explain names the model's own topic whose words it lists, and what it is reported as
        var file = new FinExtract.Input.InputFile("/x/a.txt", "a.txt", "a", false, ".txt");
        var article = FinExtract.Input.InputLoader.FromBytes(file, System.Text.Encoding.UTF8.GetBytes(text));
        var lines = new List<string>();
        var context = new FinExtract.Pipeline.StageContext(new FinExtract.Pipeline.LimitsConfig(), CancellationToken.None) { Trace = lines.Add };
        new FinExtract.Scraping.ScrapeStage(new()).Process(article, context);
        stage.Process(article, context);
        string behind = byModel["Dividend"] >= byModel["M&A"] ? "Dividend" : "M&A";
        Assert.Contains(lines, l => l.Contains($"weighed most for {behind} (reported as Payouts)"));
    }

    [Theory]
    [InlineData("""{ "Takeovers": "Deals" }""", "merge.Takeovers", "the topic model has no topic 'Takeovers'")]
    [InlineData("""{ "M&A": 3 }""", "merge.M&A", "expected a string")]
    [InlineData("""{ "M&A": " " }""", "merge.M&A", "expected the name of a topic")]
    [InlineData("""[ "M&A" ]""", "merge", "expected an object")]
    public void ABadMerge_IsRefusedBeforeAnyWork_NamingThePlace(string merge, string place, string message)
    {
        string corpus = SmallCorpus();
        string dir = TestPaths.NewTempDir();
        TopicModel.Train(TopicCorpus.Read(corpus), corpus, "CC0 (written for the test)", Path.Combine(dir, "topics.bin"), folds: 2);
        string json = """{ "version": 1, "stages": [ { "name": "scrape" }, { "name": "topics", "model": "topics.bin", "merge": """ + merge + " } ] }";
        var e = Assert.Throws<FinExtract.Pipeline.ConfigException>(() => FinExtract.Pipeline.ConfigLoader.Load(json, "pipeline.json", dir));
        Assert.Contains(place, e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void ACorpusWithoutTheColumns_IsRefusedWithTheReason()
    {
        string path = Path.Combine(TestPaths.NewTempDir(), "bad.csv");
        File.WriteAllText(path, "headline,label\r\nx,y\r\n");
        var e = Assert.Throws<InvalidDataException>(() => TopicCorpus.Read(path));
        Assert.Contains("text and topic", e.Message);
    }

    /// <summary>
    /// With a titleWeight the article's topic probabilities are the headline's own mixed with those of the text read: 0 leaves the
    /// text's, 1 gives the headline's, and a share in between the weighted sum; a plain-text article's headline line is read once.
    /// </summary>
    [Fact]
    public void TheHeadlinesOwnTopics_AreMixedIn_ByTitleWeight()
    {
        string corpus = SmallCorpus();
        string dir = TestPaths.NewTempDir();
        TopicModel.Train(TopicCorpus.Read(corpus), corpus, "CC0 (written for the test)", Path.Combine(dir, "topics.bin"), folds: 2);
        const string headline = "Tarvel agrees to acquire Quorvin in all-stock merger";
        const string text = headline + "\n\nThe board raised the quarterly dividend and said the payout reflects a strong year.";
        IReadOnlyList<FinExtract.Documents.ArticleTopic> TopicsAt(double weight)
        {
            string cfg = Path.Combine(dir, "pipeline.json");
            File.WriteAllText(cfg, "{ \"version\": 1, \"stages\": [ { \"name\": \"scrape\" }, { \"name\": \"topics\", \"model\": \"topics.bin\", "
                + $"\"threshold\": 0, \"titleWeight\": {weight.ToString(System.Globalization.CultureInfo.InvariantCulture)} }} ] }}");
            var stage = FinExtract.Pipeline.ConfigLoader.LoadFile(cfg).Stages.OfType<TopicStage>().Single();
            var file = new FinExtract.Input.InputFile("/x/a.txt", "a.txt", "a", false, ".txt");
            var article = FinExtract.Input.InputLoader.FromBytes(file, System.Text.Encoding.UTF8.GetBytes(text));
            var context = new FinExtract.Pipeline.StageContext(new FinExtract.Pipeline.LimitsConfig(), CancellationToken.None);
            new FinExtract.Scraping.ScrapeStage(new()).Process(article, context);
            Assert.Equal(headline, article.Metadata.Title.Value);
            Assert.Equal(headline + "\nThe board raised", TopicStage.TextOf(article, "title+lead")[..(headline.Length + 17)]);
            stage.Process(article, context);
            return article.Topics;
        }
        var model = TopicModel.Load(Path.Combine(dir, "topics.bin"));
        var read = model.Predict(headline + "\nThe board raised the quarterly dividend and said the payout reflects a strong year.")
            .ToDictionary(t => t.Topic, t => t.Probability);
        var own = model.Predict(headline).ToDictionary(t => t.Topic, t => t.Probability);
        foreach (double w in new[] { 0, 0.5, 1 })
            foreach (var t in TopicsAt(w))
                Assert.Equal(Math.Round((1 - w) * read[t.Topic] + w * own[t.Topic], 4), t.Probability, 6);
    }

    [Theory]
    [InlineData("Tarvel to buy Quorvin\n\nTarvel said on Monday it would buy Quorvin.", "Tarvel to buy Quorvin")]
    [InlineData("  Tarvel to buy Quorvin  \n \nTarvel said on Monday it would buy Quorvin.", "Tarvel to buy Quorvin")]
    [InlineData("Tarvel said on Monday it would buy Quorvin.\n\nThe deal closes in May.", "")]
    [InlineData("Tarvel to buy Quorvin\nTarvel said on Monday it would buy Quorvin.", "")]
    [InlineData("Tarvel said on Monday:\n\n\"We will buy Quorvin.\"", "")]
    [InlineData("Tarvel to buy Quorvin", "")]
    public void APlainTextArticlesHeadline_IsItsFirstLine_WhenItReadsAsOne(string text, string title)
    {
        var file = new FinExtract.Input.InputFile("/x/a.txt", "a.txt", "a", false, ".txt");
        var article = FinExtract.Input.InputLoader.FromBytes(file, System.Text.Encoding.UTF8.GetBytes(text));
        new FinExtract.Scraping.ScrapeStage(new()).Process(article, new FinExtract.Pipeline.StageContext(new FinExtract.Pipeline.LimitsConfig(),
            CancellationToken.None));
        Assert.Equal(title, article.Metadata.Title.Value);
        Assert.Equal(text, article.Body);
    }
}

