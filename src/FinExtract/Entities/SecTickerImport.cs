using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>A company as the gazetteer import writes it: the name as news writes it, its ticker, exchange and other names.</summary>
public sealed record ImportedCompany(string Name, string Ticker, string Exchange, IReadOnlyList<string> Aliases);

/// <summary>
/// finextract gazetteer import sec: SEC's company_tickers_exchange.json (EDGAR's conformed names, tickers and exchanges,
/// as a user downloads it) turned into the gazetteer TSV format, with the names as news writes them: the state or
/// class marks EDGAR appends dropped ("/DE/", "/NEW"), a name in capitals written with capitals only where an
/// abbreviation needs them ("NVIDIA CORP" -> "Nvidia"), the legal form kept for an alias in its news spelling
/// ("Nvidia Corp."), the capitalised form as EDGAR writes it an alias too ("NVIDIA").
/// </summary>
public static partial class SecTickerImport
{
    private static readonly HashSet<string> ShortWords = Text.Lexicon.Set("name-short-words.tsv", StringComparer.Ordinal);

    private static readonly HashSet<string> LowerInNames = new(StringComparer.Ordinal) { "of", "and", "the", "for", "de", "du", "la", "der" };

    [GeneratedRegex(@"\s*/\s*(?:[A-Za-z]{2,3}|NEW|ADR)?\s*/?\s*$")]
    private static partial Regex RegistryMark();

    /// <summary>Reads the file: an object with "fields" (cik, name, ticker, exchange) and "data" rows. Throws InvalidDataException with the reason.</summary>
    public static List<ImportedCompany> Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("fields", out var fields)
            || !doc.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{path}: not SEC's company_tickers_exchange.json (expected {{\"fields\": [...], \"data\": [...]}})");
        var names = fields.EnumerateArray().Select(f => f.GetString() ?? "").ToList();
        int name = names.IndexOf("name"), ticker = names.IndexOf("ticker"), exchange = names.IndexOf("exchange");
        if (name < 0 || ticker < 0)
            throw new InvalidDataException($"{path}: the fields {string.Join(", ", names)} lack 'name' or 'ticker'");
        var result = new List<ImportedCompany>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in data.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array) continue;
            string Cell(int k) => k >= 0 && k < row.GetArrayLength() && row[k].ValueKind == JsonValueKind.String ? row[k].GetString()!.Trim() : "";
            if (Cell(name).Length == 0 || Cell(ticker).Length == 0) continue;
            var company = Company(Cell(name), Cell(ticker), Cell(exchange));
            // Listings come largest first; a later listing of a name already taken (a second share class) adds nothing.
            if (company == null || !taken.Add(company.Name)) continue;
            var aliases = company.Aliases.Where(taken.Add).ToList();
            result.Add(company with { Aliases = aliases });
        }
        return result;
    }

    /// <summary>One listing as the gazetteer names it, or null when nothing of its name is left.</summary>
    public static ImportedCompany? Company(string conformed, string ticker, string exchange)
    {
        string name = conformed;
        for (string before = ""; before != name && !name.EndsWith(" A/S", StringComparison.Ordinal);)
        {
            before = name;
            name = RegistryMark().Replace(name, "");
        }
        var words = name.Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        string form = "";
        if (words.Count > 1 && EntityLexicon.TryLegalForm(words[^1], out var written))
        {
            form = written;
            words.RemoveAt(words.Count - 1);
            if (words.Count > 1 && words[^1] == "&") { words.RemoveAt(words.Count - 1); form = "& " + form; }
        }
        if (words.Count == 0) return null;
        bool capitals = !words.Any(w => w.Any(char.IsLower));
        string news = capitals ? NewsCase(words) : string.Join(' ', words);
        news = JoinDotCom(news, lower: true);
        var aliases = new List<string>();
        if (form.Length > 0) aliases.Add(news + " " + form);
        string asFiled = JoinDotCom(string.Join(' ', words), lower: false);
        if (asFiled != news)
        {
            aliases.Add(asFiled);
            if (form.Length > 0) aliases.Add(asFiled + " " + form);
        }
        return new ImportedCompany(news, ticker.ToUpperInvariant(), exchange.Equals("Nasdaq", StringComparison.OrdinalIgnoreCase) ? "NASDAQ"
            : exchange.ToUpperInvariant(), aliases);
    }

    /// <summary>"AMAZON COM" -> "Amazon.com": EDGAR writes a web name's dot as a space.</summary>
    private static string JoinDotCom(string name, bool lower) =>
        name.EndsWith(" com", StringComparison.OrdinalIgnoreCase) && name.Length > 4
            ? name[..^4] + "." + (lower ? name[^3..].ToLowerInvariant() : name[^3..]) : name;

    /// <summary>A name written in capitals, as news writes it: words capitalised; abbreviations and words with digits or '&amp;' as they are.</summary>
    private static string NewsCase(List<string> words)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            string w = words[i], lower = w.ToLowerInvariant();
            if (i > 0) sb.Append(' ');
            if (i > 0 && LowerInNames.Contains(lower)) sb.Append(lower);
            else if (w.Any(c => char.IsDigit(c) || c == '&') || (w.Count(char.IsLetter) <= 3 && !ShortWords.Contains(lower)
                && !(i == 0 && lower == "the"))) sb.Append(w);
            else sb.Append(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(lower));
        }
        return sb.ToString();
    }

    /// <summary>Writes the companies as a gazetteer TSV (name, type, ticker, exchange, aliases) with a note of where they came from.</summary>
    public static void Write(IEnumerable<ImportedCompany> companies, string path, string source)
    {
        var sb = new StringBuilder("name\ttype\tticker\texchange\taliases\n");
        sb.Append("# imported by 'finextract gazetteer import sec' from ").Append(source)
            .Append(" (SEC company_tickers_exchange.json, a work of the U.S. government, public domain)\n");
        foreach (var c in companies)
            sb.Append(c.Name).Append("\tORG\t").Append(c.Ticker).Append('\t').Append(c.Exchange).Append('\t').Append(string.Join(';', c.Aliases)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }
}
