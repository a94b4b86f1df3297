using System.Globalization;
using FinExtract.Learning;

namespace FinExtract.Cli;

/// <summary>finextract train entities: the entity recogniser from IOB2 (CoNLL) corpora.</summary>
public static partial class Commands
{
    /// <summary>The annotated corpora beside the checkout (the SEC filings are left out: they tag "Borrower" and "Lender" as people).</summary>
    public const string DefaultNerCorpus = "../shared/data/ner-train";

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
    /// finextract train entities: CORPUS is a folder of *.iob2 files (SEC filings left out) or a comma-separated
    /// list of files, a user's own annotated articles among them.
    /// </summary>
    public static int TrainEntities(string corpus, string output, TextWriter stdout, TextWriter stderr)
    {
        List<string> files = Directory.Exists(corpus)
            ? Directory.GetFiles(corpus, "*.iob2").Where(f => !Path.GetFileName(f).StartsWith("sec-filings", StringComparison.Ordinal))
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
        var given = GivenNames();
        // The shipped gazetteers, which the stage passes at prediction: a word they name is a feature.
        string dir = ShippedGazetteers(Path.Combine("samples", "corpus", "x"));
        var gazErrors = new List<FinExtract.Pipeline.ConfigError>();
        var gazetteer = FinExtract.Entities.Gazetteer.Load(new[] { "companies.tsv", "organisations.tsv", "places.tsv", "people.tsv" }
            .Select(f => Path.Combine(dir, f)).Where(File.Exists), gazErrors);
        try
        {
            var card = NerModel.Train(corpora, output, new NerLexicons(given.Contains, gazetteer.TypesOfWord), progress: stdout.WriteLine);
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

    /// <summary>The shipped given names, which the entity stage passes to the recogniser too.</summary>
    private static HashSet<string> GivenNames()
    {
        string path = Path.Combine(ShippedGazetteers(Path.Combine("samples", "corpus", "x")), "given-names.txt");
        return File.Exists(path) ? FinExtract.Entities.GivenNames.Read(path) : new HashSet<string>(StringComparer.Ordinal);
    }
}
