using System.Globalization;
using FinExtract.Learning;

namespace FinExtract.Cli;

/// <summary>finextract train entities: the entity recogniser from IOB2 (CoNLL) corpora.</summary>
public static partial class Commands
{
    /// <summary>The annotated corpora beside the checkout.</summary>
    public const string DefaultNerCorpus = "../shared/data/ner-train";

    /// <summary>
    /// Files of a corpus folder left out: the SEC filings tag "Borrower" and "Lender" as people; the tweets (Broad Twitter
    /// Corpus, WNUT 2017) write names without the capitals news uses, and a model trained with them scored lower on the
    /// held-out documents (0.62 against 0.73) and on news. Named as files, they are read like any other.
    /// </summary>
    private static readonly string[] LeftOutOfFolder = { "sec-filings", "btc", "wnut17" };

    private static readonly (string Prefix, string Licence)[] KnownLicences =
    {
        ("uner-ewt", "CC BY-SA 4.0 (UniversalNER English-EWT)"),
        ("gum", "annotations CC BY 4.0; texts CC BY 2.5 (Wikinews), CC BY 4.0, CC BY-SA 3.0 (GUM)"),
        ("wikigold", "CC BY 4.0 (WikiGold)"),
        ("btc", "CC BY 4.0 (Broad Twitter Corpus)"),
        ("wnut17", "CC BY 4.0 (WNUT 2017)"),
        ("sec-filings", "CC BY 3.0 (SEC filings NER)"),
    };

    /// <summary>
    /// finextract train entities: CORPUS is a folder of *.iob2 files (SEC filings and tweets left out) or a comma-separated
    /// list of files, a user's own annotated articles among them.
    /// </summary>
    public static int TrainEntities(string corpus, string output, string? configPath, TextWriter stdout, TextWriter stderr, string? test = null)
    {
        var tests = (test ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (tests.FirstOrDefault(t => !File.Exists(t)) is { } absent)
        {
            stderr.WriteLine($"error: no test corpus at '{absent}'");
            return Program.ExitBadConfig;
        }
        List<string> files = Directory.Exists(corpus)
            ? Directory.GetFiles(corpus, "*.iob2").Where(f => !LeftOutOfFolder.Any(p => Path.GetFileName(f).StartsWith(p, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList()
            : corpus.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (files.Count == 0 || missing.Count > 0)
        {
            stderr.WriteLine($"error: no IOB2 corpus at '{corpus}'{(missing.Count > 0 ? ": missing " + string.Join(", ", missing) : "")}");
            return Program.ExitBadConfig;
        }
        var corpora = files.Select(f => (f, KnownLicences.FirstOrDefault(k => Path.GetFileName(f).StartsWith(k.Prefix, StringComparison.Ordinal)).Licence
            ?? "not stated")).ToList();
        FinExtract.Entities.EntityStage? stage;
        try { stage = VotingStage(configPath, stderr); }
        catch (FinExtract.Pipeline.ConfigException e) { stderr.WriteLine(e.Message); return Program.ExitBadConfig; }
        if (stage == null) stderr.WriteLine("warning: the pipeline has no entities stage: the model is trained without the rules' votes and lexicons");
        try
        {
            var card = NerModel.Train(corpora, tests, output, stage?.Lexicons ?? NerLexicons.None, stage == null ? null : stage.Votes, NewsCheckDocument,
                1, stdout.WriteLine);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out span F1 {card.HeldOutSpanF1:0.000} on {card.TestTokens} tokens"));
            stdout.WriteLine($"wrote {output} and {Path.ChangeExtension(output, ".card.json")}");
            return Program.ExitOk;
        }
        catch (InvalidDataException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return Program.ExitBadConfig;
        }
    }

    /// <summary>
    /// The pipeline's entity stage without its recogniser: the rules whose votes the new model learns from. The recogniser
    /// the file names is left unread, so a model of older features (or none yet) does not stop its own retraining.
    /// </summary>
    private static FinExtract.Entities.EntityStage? VotingStage(string? configPath, TextWriter stderr)
    {
        string? path = configPath ?? FindDefaultConfig();
        if (path == null) return null;
        stderr.WriteLine($"pipeline: {Path.GetFullPath(path)} (its entity stage votes; its recogniser is left unread)");
        var options = new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path), documentOptions: options);
        if (root?["stages"] is System.Text.Json.Nodes.JsonArray stages)
            foreach (var entry in stages.OfType<System.Text.Json.Nodes.JsonObject>().Where(e => (string?)e["name"] == "entities"))
                entry.Remove("recogniser");
        var pipeline = FinExtract.Pipeline.ConfigLoader.Load(root?.ToJsonString() ?? "", Path.GetFileName(path),
            Path.GetDirectoryName(Path.GetFullPath(path))!);
        return pipeline.Stages.OfType<FinExtract.Entities.EntityStage>().FirstOrDefault();
    }

    /// <summary>
    /// The documents .ci/news_ner.py holds out of ner-train to measure general news (every fourth of the Wikinews and
    /// Wikipedia files): the recogniser is never trained on them, so that check measures it on text it was not built from.
    /// </summary>
    private static bool NewsCheckDocument(string file, int document) =>
        (file.StartsWith("gum-news", StringComparison.Ordinal) || file.StartsWith("wikigold", StringComparison.Ordinal)) && document % 4 == 3;
}

/// <summary>finextract gazetteer import.</summary>
public static partial class Commands
{
    /// <summary>finextract gazetteer import sec FILE --out TSV: SEC's ticker list as a gazetteer, names as news writes them.</summary>
    public static int ImportGazetteer(string kind, string file, string output, TextWriter stdout, TextWriter stderr)
    {
        if (kind != "sec")
        {
            stderr.WriteLine($"error: unknown reference data '{kind}'; known: sec (SEC's company_tickers_exchange.json)");
            return Program.ExitBadConfig;
        }
        if (!File.Exists(file)) { stderr.WriteLine($"error: '{file}' is not a file"); return Program.ExitBadConfig; }
        try
        {
            var companies = FinExtract.Entities.SecTickerImport.Read(file);
            FinExtract.Entities.SecTickerImport.Write(companies, output, Path.GetFileName(file));
            stdout.WriteLine($"wrote {companies.Count} companies to {output}; add it to the entities stage's \"gazetteers\" in pipeline.json");
            return Program.ExitOk;
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return Program.ExitBadConfig;
        }
    }
}
