using System.Reflection;

namespace FinExtract.Text;

/// <summary>
/// Word lists and pattern alternatives (Resources/lexicon/*.tsv): one entry a line, '#' starts a comment. Each list
/// is read once, from the tool's own <c>Resources/lexicon</c> folder (the build copies the project's lists there, so
/// an edited list takes effect without a code change) or, when that folder is missing, from the copy embedded in the
/// library. An entry listed twice, or twice in different letter case, is an error naming the file and both lines. <see cref="ContentHash"/> covers every
/// list as read, so a run's fingerprint (and --resume) follows an edit.
/// </summary>
public static class Lexicon
{
    /// <summary>
    /// The match limit of the patterns written in code and built from these lists: bounded by construction, so the
    /// limit only guards against a bad list edit. It is generous because it is wall-clock time: a pattern that takes
    /// microseconds can be held up for a fraction of a second on a loaded machine (another process, a collection, the
    /// first call's compilation; on a two-core machine running the test suite, seconds), and a page must not fail for that.
    /// </summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A pattern whose alternatives are the lines of a list, in their order: <paramref name="prefix"/>, the lines joined
    /// by '|', then <paramref name="suffix"/>.
    /// </summary>
    public static string AlternationPattern(string prefix, string fileName, string suffix) =>
        prefix + string.Join('|', Read(fileName).Select(r => r[0])) + suffix;

    /// <summary>
    /// The <see cref="AlternationPattern"/> of a list as a pattern with a match timeout, interpreted at first and compiled in the
    /// background once used enough.
    /// </summary>
    public static WarmingRegex Alternation(string prefix, string fileName, string suffix,
        System.Text.RegularExpressions.RegexOptions options, TimeSpan timeout) =>
        new(AlternationPattern(prefix, fileName, suffix), options, timeout);

    /// <summary>The <see cref="AlternationPattern"/> of a list, interpreted at first and compiled in the background once used enough.</summary>
    public static WarmingRegex WarmingAlternation(string prefix, string fileName, string suffix, System.Text.RegularExpressions.RegexOptions options) =>
        new(AlternationPattern(prefix, fileName, suffix), options);

    /// <summary>The union of the first columns of several lists (a shared core and what each use adds to it); an entry in two of them is an error.</summary>
    public static HashSet<string> Set(StringComparer comparer, params string[] fileNames)
    {
        var set = new HashSet<string>(comparer);
        foreach (var file in fileNames)
            foreach (var row in Read(file))
                if (!set.Add(row[0]))
                    throw new InvalidDataException($"Resources/lexicon/{file}: '{row[0]}' is in another of {string.Join(", ",
                    fileNames)} already; keep it in one");
        return set;
    }

    /// <summary>The first column of a list as a set.</summary>
    public static HashSet<string> Set(string fileName, StringComparer comparer) => Set(comparer, fileName);

    /// <summary>The folder of lists beside the tool.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Resources", "lexicon");

    /// <summary>The non-comment lines of a list, split at tabs and trimmed.</summary>
    public static IReadOnlyList<string[]> Read(string fileName) => Parse(fileName, Text(fileName));

    /// <summary>SHA-256 over the name and text of every list, as <see cref="Read"/> would read them.</summary>
    public static string ContentHash { get; } = ComputeHash();

    /// <summary>A list's text: the file beside the tool, else the embedded copy.</summary>
    public static string Text(string fileName)
    {
        string disk = Path.Combine(Folder, fileName);
        if (File.Exists(disk)) return File.ReadAllText(disk);
        string resource = "FinExtract.lexicon." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the word list '{fileName}' is neither in {Folder} nor embedded in the library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The names of every list the library ships.</summary>
    public static IEnumerable<string> Names() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.StartsWith("FinExtract.lexicon.", StringComparison.Ordinal))
            .Select(n => n["FinExtract.lexicon.".Length..]).Order(StringComparer.Ordinal);

    /// <summary>Parses a list's text; <paramref name="fileName"/> names it in errors.</summary>
    public static IReadOnlyList<string[]> Parse(string fileName, string text)
    {
        var rows = new List<string[]>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var caseless = new Dictionary<string, (string Key, int Line)>(StringComparer.OrdinalIgnoreCase);
        int line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            string entry = raw.TrimEnd('\r');
            if (entry.Length == 0 || entry.StartsWith('#')) continue;
            var cells = entry.Split('\t');
            string key = cells[^1].Trim();
            if (seen.TryGetValue(key, out int first))
                throw new LexiconFormatException(fileName, line, $"'{key}' is listed already at line {first}", "keep one of the two lines");
            if (caseless.TryGetValue(key, out var twin))
                throw new LexiconFormatException(fileName, line, $"'{key}' differs from '{twin.Key}' at line {twin.Line} only in letter case",
                    "keep one of the two lines");
            seen[key] = line;
            caseless[key] = (key, line);
            rows.Add(cells.Select(c => c.Trim()).ToArray());
        }
        return rows;
    }

    /// <summary>The lists that cannot be read (a key listed twice), each with its line: checked before any work.</summary>
    public static List<LexiconFormatException> Problems() => Problems(Names().Select(n => (n, Text(n))));

    /// <summary>The lists among <paramref name="lists"/> (name and text) that cannot be read.</summary>
    public static List<LexiconFormatException> Problems(IEnumerable<(string Name, string Text)> lists)
    {
        var problems = new List<LexiconFormatException>();
        foreach (var (name, text) in lists)
        {
            try { Parse(name, text); }
            catch (LexiconFormatException e) { problems.Add(e); }
        }
        return problems;
    }

    private static string ComputeHash()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var name in Names()) sb.Append(name).Append('\n').Append(Text(name)).Append('\n');
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sb.ToString())));
    }
}

/// <summary>A word list that cannot be read: which list, which line, what is wrong and how to fix it.</summary>
public sealed class LexiconFormatException(string fileName, int line, string problem, string fix)
    : FormatException($"Resources/lexicon/{fileName}:{line}: {problem}; {fix}")
{
    /// <summary>The list's file name.</summary>
    public string FileName { get; } = fileName;

    /// <summary>The line, counting from 1.</summary>
    public int Line { get; } = line;

    /// <summary>What is wrong.</summary>
    public string Problem { get; } = problem;

    /// <summary>How to fix it.</summary>
    public string Fix { get; } = fix;
}
