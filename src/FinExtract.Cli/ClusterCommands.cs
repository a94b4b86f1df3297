using System.Globalization;
using System.Text.Json;
using FinExtract.Learning;

namespace FinExtract.Cli;

/// <summary>finextract train clusters: word classes from unlabelled in-domain text, for the entity recogniser's features.</summary>
public static partial class Commands
{
    /// <summary>The unlabelled economy news and the annotated corpora's text (their tags unread), beside the checkout.</summary>
    public const string DefaultClusterCorpus = "../shared/data/wikinews-economy/docs,../shared/data/ner-train";

    /// <summary>A clusters file's card: what it was learned from, with hashes and licences, and how.</summary>
    public sealed record ClustersCard(string Model, string Algorithm, int Classes, int MinCount, int Passes, int Words, long Tokens,
        List<CorpusEntry> Corpora);

    /// <summary>
    /// finextract train clusters: CORPUS is a comma-separated list of folders (their *.txt and *.iob2 files; in an ner-train
    /// folder the SEC filings and tweets are left out as for the recogniser) or files. The documents the news check holds
    /// out are left out here too, so that check measures text whose words the clusters never saw.
    /// </summary>
    public static int TrainClusters(string corpus, string output, TextWriter stdout, TextWriter stderr)
    {
        var parts = corpus.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var missing = parts.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (parts.Length == 0 || missing.Count > 0)
        {
            stderr.WriteLine($"error: no text at '{corpus}'{(missing.Count > 0 ? ": missing " + string.Join(", ", missing) : "")}");
            return Program.ExitBadConfig;
        }
        var entries = new List<CorpusEntry>();
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var part in parts)
        {
            var files = Directory.Exists(part)
                ? Directory.GetFiles(part).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".iob2", StringComparison.Ordinal))
                    .Where(f => !LeftOutOfFolder.Any(p => Path.GetFileName(f).StartsWith(p, StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList()
                : new List<string> { part };
            int before = sentences.Count;
            foreach (var f in files) sentences.AddRange(ClusterCorpus.Sentences(f, NewsCheckDocument));
            string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(string.Concat(files.Select(f => Path.GetFileName(f) + " " + WordClusters.Sha256(f) + "\n")))));
            entries.Add(new CorpusEntry(part.Replace('\\', '/'), hash, LicenceOf(part), sentences.Count - before));
        }
        long tokens = sentences.Sum(s => (long)s.Count);
        stdout.WriteLine($"clustering the words of {sentences.Count} sentences ({tokens} words)");
        const int classes = 256, minCount = 3, passes = 8;
        var clusters = WordClusters.Train(sentences, classes, minCount, passes, stdout.WriteLine);
        clusters.Save(output);
        var card = new ClustersCard("word-clusters", "exchange (class-bigram likelihood)", classes, minCount, passes, clusters.Count, tokens, entries);
        File.WriteAllText(Path.ChangeExtension(output, ".card.json"),
            JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {clusters.Count} words in {classes} classes to {output}"));
        return Program.ExitOk;
    }

    private static string LicenceOf(string part)
    {
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(part));
        if (part.Contains("wikinews-economy", StringComparison.Ordinal)) return "CC BY 2.5 (Wikinews contributors, en.wikinews.org)";
        var known = KnownLicences.Where(k => Directory.Exists(part)
            ? Directory.GetFiles(part, "*.iob2").Any(f => Path.GetFileName(f).StartsWith(k.Prefix, StringComparison.Ordinal)
                && !LeftOutOfFolder.Any(p => k.Prefix.StartsWith(p, StringComparison.Ordinal)))
            : name.StartsWith(k.Prefix, StringComparison.Ordinal)).Select(k => k.Licence).ToList();
        return known.Count > 0 ? string.Join("; ", known) : "not stated";
    }
}
