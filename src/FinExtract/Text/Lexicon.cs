using System.Reflection;

namespace FinExtract.Text;

/// <summary>
/// Word lists that ship inside the library (Resources/lexicon/*.tsv): one entry a line, '#' starts a
/// comment. Read once; an entry listed twice is a build-breaking error, found by the tests.
/// </summary>
public static class Lexicon
{
    /// <summary>The non-comment lines of an embedded list, split at tabs.</summary>
    public static IReadOnlyList<string[]> Read(string fileName)
    {
        string resource = "FinExtract.lexicon." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the word list '{resource}' is not embedded in the library");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#')) continue;
            var cells = text.Split('\t');
            string key = cells[^1].Trim();
            if (seen.TryGetValue(key, out int first))
                throw new InvalidDataException($"Resources/lexicon/{fileName}:{line}: '{key}' is listed already at line {first}; keep one");
            seen[key] = line;
            rows.Add(cells.Select(c => c.Trim()).ToArray());
        }
        return rows;
    }
}
