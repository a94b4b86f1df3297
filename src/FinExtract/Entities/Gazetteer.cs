using FinExtract.Pipeline;
using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>A known entity from a gazetteer file.</summary>
public sealed record GazetteerEntry(string Name, string Type, string Ticker, string Exchange, string Source)
{
    /// <summary>What kind of place or body it is, as the list says ("country", "city"), or "".</summary>
    public string Kind { get; init; } = "";
}

/// <summary>
/// Known names (companies with tickers, organisations, places) from TSV files the project writes, looked
/// up by exact surface form; the longest match at a position wins.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerEntry> _bySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerEntry>> _byTicker = new(StringComparer.Ordinal);

    /// <summary>Longest surface form, in characters.</summary>
    public int MaxLength { get; private set; }

    /// <summary>Number of surface forms.</summary>
    public int Count => _bySurface.Count;

    /// <summary>
    /// Loads TSV files with a header naming the columns: <c>name</c> (required), and any of <c>type</c>
    /// (default ORG), <c>ticker</c>, <c>exchange</c>, <c>aliases</c> (separated by ';'), <c>kind</c>.
    /// </summary>
    public static Gazetteer Load(IEnumerable<string> paths, List<ConfigError> errors)
    {
        var g = new Gazetteer();
        foreach (var path in paths)
        {
            string[] lines;
            try { lines = File.ReadAllLines(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new ConfigError(path, "$", $"cannot read the gazetteer: {e.Message}", "check the path in pipeline.json"));
                continue;
            }
            if (lines.Length == 0) { errors.Add(new ConfigError(path, "line 1", "the gazetteer is empty",
                "add a header line: name<TAB>type<TAB>aliases")); continue; }
            var header = lines[0].Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToList();
            int name = header.IndexOf("name"), type = header.IndexOf("type"), ticker = header.IndexOf("ticker"),
                exchange = header.IndexOf("exchange"), aliases = header.IndexOf("aliases"), kind = header.IndexOf("kind");
            if (name < 0) { errors.Add(new ConfigError(path, "line 1", "the header has no 'name' column",
                "start the file with: name<TAB>type<TAB>aliases")); continue; }
            string source = Path.GetFileNameWithoutExtension(path);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal); // surface form -> line, within this file
            for (int i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
                var cols = lines[i].Split('\t');
                string Col(int k) => k >= 0 && k < cols.Length ? cols[k].Trim() : "";
                string t = Col(type).Length > 0 ? Col(type).ToUpperInvariant() : "ORG";
                if (t is not ("ORG" or "PERSON" or "LOCATION" or "PRODUCT"))
                {
                    errors.Add(new ConfigError(path, $"line {i + 1}", $"unknown type '{Col(type)}'", "use ORG, PERSON, LOCATION or PRODUCT"));
                    continue;
                }
                if (Col(name).Length == 0) { errors.Add(new ConfigError(path, $"line {i + 1}", "the name is empty",
                    "write the entity's full name in the first column")); continue; }
                var entry = new GazetteerEntry(Col(name), t, Col(ticker), Col(exchange), source) { Kind = Col(kind) };
                var forms = Col(aliases).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(entry.Name)
                    .Distinct().ToList();
                // The same name twice in one file is a slip (two types, two tickers): which one wins must not be silent.
                if (forms.FirstOrDefault(seen.ContainsKey) is { } twice)
                {
                    errors.Add(new ConfigError(path, $"line {i + 1}", $"'{twice}' is already named on line {seen[twice]}",
                        "keep one line per entity and list its other names under aliases"));
                    continue;
                }
                foreach (var f in forms)
                {
                    seen[f] = i + 1;
                    g.Add(f, entry);
                }
                if (entry.Ticker.Length > 0)
                {
                    if (!g._byTicker.TryGetValue(entry.Ticker, out var listed)) g._byTicker[entry.Ticker] = listed = [];
                    listed.Add(entry);
                }
            }
        }
        return g;
    }

    private readonly Dictionary<string, string> _wordTypes = new(StringComparer.Ordinal);

    private void Add(string surface, GazetteerEntry entry)
    {
        AddForms(surface, entry);
        // pages write an apostrophe either way ("McDonald's", "McDonald’s"): a name is found with both
        if (surface.Contains('\'')) AddForms(surface.Replace('\'', '’'), entry);
        else if (surface.Contains('’')) AddForms(surface.Replace('’', '\''), entry);
        // ...and "&" either way ("Procter & Gamble", "Procter and Gamble"); the spelled-out form is no word of a name for the recogniser
        if (surface.Contains(" & ", StringComparison.Ordinal) && surface.Replace(" & ", " and ", StringComparison.Ordinal) is var spelled
            && _bySurface.TryAdd(spelled, entry)) MaxLength = Math.Max(MaxLength, spelled.Length);
    }

    private void AddForms(string surface, GazetteerEntry entry)
    {
        if (_bySurface.TryAdd(surface, entry)) MaxLength = Math.Max(MaxLength, surface.Length);
        // text tokenised before it reached us spaces out a hyphen inside a name ("Coca - Cola"): the name is found so written too
        if (SpacedHyphens(surface) is { } spaced && _bySurface.TryAdd(spaced, entry)) MaxLength = Math.Max(MaxLength, spaced.Length);
        foreach (var word in surface.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string types = _wordTypes.GetValueOrDefault(word, "");
            if (!types.Split('|').Contains(entry.Type)) _wordTypes[word] = types.Length == 0 ? entry.Type
                : string.Join('|', types.Split('|').Append(entry.Type).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>The name with each hyphen between two letters spaced out ("Coca - Cola"), or null when it has none.</summary>
    private static string? SpacedHyphens(string surface)
    {
        var sb = new System.Text.StringBuilder(surface.Length + 4);
        for (int i = 0; i < surface.Length; i++)
        {
            bool inner = surface[i] == '-' && i > 0 && i + 1 < surface.Length && char.IsLetter(surface[i - 1]) && char.IsLetter(surface[i + 1]);
            if (inner) sb.Append(" - ");
            else sb.Append(surface[i]);
        }
        return sb.Length == surface.Length ? null : sb.ToString();
    }

    /// <summary>The types of the names a word is part of ("ORG", "LOCATION|ORG"), or "": a feature for the recogniser.</summary>
    public string TypesOfWord(string word) => _wordTypes.GetValueOrDefault(word, "");

    /// <summary>The entry a surface form names, if any.</summary>
    public bool TryGet(string surface, out GazetteerEntry entry) => _bySurface.TryGetValue(surface, out entry!);

    /// <summary>The entry a span of text names, if any (no string is allocated).</summary>
    public bool TryGet(ReadOnlySpan<char> surface, out GazetteerEntry entry) =>
        _bySurface.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surface, out entry!);

    /// <summary>The company listed under a ticker, if any; of several, the first in the files.</summary>
    public bool TryGetByTicker(string ticker, out GazetteerEntry entry) => TryGetByTicker(ticker, "", out entry);

    /// <summary>
    /// The company listed under a ticker on <paramref name="exchange"/> as the text names it ("NYSE", "Toronto"). One ticker may
    /// name different companies on different exchanges ("AC": Accor in Paris, Air Canada in Toronto), so a named exchange must
    /// be the company's (the US exchanges count as one market). Without an exchange ("$TSLA"), a US listing first, else the first.
    /// </summary>
    public bool TryGetByTicker(string ticker, string exchange, out GazetteerEntry entry)
    {
        entry = null!;
        if (!_byTicker.TryGetValue(ticker, out var listed)) return false;
        string on = ExchangeCode(exchange);
        var found = on.Length == 0 ? listed.FirstOrDefault(e => IsUs(e.Exchange)) ?? listed[0]
            : listed.FirstOrDefault(e => string.Equals(e.Exchange, on, StringComparison.OrdinalIgnoreCase))
              ?? (IsUs(on) ? listed.FirstOrDefault(e => IsUs(e.Exchange)) : null);
        if (found == null) return false;
        entry = found;
        return true;
    }

    private static readonly Dictionary<string, string> ExchangeAliases = Lexicon.Read("exchange-aliases.tsv")
        .ToDictionary(r => r[1], r => r[0], StringComparer.OrdinalIgnoreCase);

    private static string ExchangeCode(string exchange)
    {
        string e = exchange.Trim();
        return ExchangeAliases.GetValueOrDefault(e, e).ToUpperInvariant();
    }

    private static bool IsUs(string exchange) => exchange.ToUpperInvariant() is "NYSE" or "NASDAQ" or "NYSE AMERICAN" or "NYSE ARCA" or "AMEX"
        || exchange.StartsWith("OTC", StringComparison.OrdinalIgnoreCase);
}
