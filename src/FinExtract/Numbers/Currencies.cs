using System.Globalization;
using FinExtract.Pipeline;

namespace FinExtract.Numbers;

/// <summary>Where a currency form may stand relative to its amount.</summary>
[Flags]
public enum CurrencyPosition
{
    /// <summary>Before the amount ("$5", "USD 40mn").</summary>
    Prefix = 1,
    /// <summary>After the amount ("5 euros", "115USD").</summary>
    Suffix = 2,
}

/// <summary>One way of writing a currency.</summary>
public sealed record CurrencyForm(string Form, string Code, CurrencyPosition Position, double Factor, bool Exact, bool Scaled, bool Attached)
{
    /// <summary>Counts before an amount only when the amount has a scale ("euro 22.5 million", not "Euro 2024"); after one, always.</summary>
    public bool ScaledBefore { get; init; }

    /// <summary>
    /// With <see cref="Scaled"/>: also counts after an amount written with thousands separators ("50,000 won", "1,200 rand"),
    /// which the form's other sense as a word does not take.
    /// </summary>
    public bool ScaledOrGrouped { get; init; }

    /// <summary>True for forms made only of symbols ("$", "€"), which need no word boundary.</summary>
    public bool IsSymbolic { get; } = !Form.Any(char.IsLetter);
}

/// <summary>
/// The currency forms the number stage knows, from a TSV file the project writes (form, ISO code,
/// position, factor, flag). Lookup is by position in the text: the longest form that fits wins.
/// </summary>
public sealed class Currencies
{
    private readonly Dictionary<char, List<CurrencyForm>> _byFirst = new();

    /// <summary>All forms.</summary>
    public IReadOnlyList<CurrencyForm> Forms { get; private set; } = Array.Empty<CurrencyForm>();

    /// <summary>Loads one or more currency files; problems are reported with file, line and fix.</summary>
    public static Currencies Load(IEnumerable<string> paths, List<ConfigError> errors)
    {
        var forms = new List<CurrencyForm>();
        foreach (var path in paths)
        {
            string[] lines;
            try { lines = File.ReadAllLines(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new ConfigError(path, "$", $"cannot read the currency file: {e.Message}", "check the path in pipeline.json"));
                continue;
            }
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
                var c = lines[i].Split('\t');
                string at = $"line {i + 1}";
                if (c.Length < 4) { errors.Add(new ConfigError(path, at, "expected 4 or 5 tab-separated columns",
                    "write: form<TAB>code<TAB>prefix|suffix|both<TAB>factor[<TAB>exact|scaled|grouped|attached|scaled-before]")); continue; }
                string code = c[1].Trim();
                if (code.Length != 3
                    || !code.All(char.IsAsciiLetterUpper)) { errors.Add(new ConfigError(path, at, $"'{code}' is not an ISO 4217 code",
                    "write three capital letters, e.g. USD")); continue; }
                CurrencyPosition pos = c[2].Trim() switch
                {
                    "prefix" => CurrencyPosition.Prefix,
                    "suffix" => CurrencyPosition.Suffix,
                    "both" => CurrencyPosition.Prefix | CurrencyPosition.Suffix,
                    _ => 0,
                };
                if (pos == 0) { errors.Add(new ConfigError(path, at, $"unknown position '{c[2]}'", "use prefix, suffix or both")); continue; }
                if (!double.TryParse(c[3].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double factor) || factor <= 0)
                { errors.Add(new ConfigError(path, at, $"the factor '{c[3]}' is not a positive number", "use 1 for main units, 0.01 for cents")); continue; }
                var flags = (c.Length > 4 ? c[4] : "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (flags.FirstOrDefault(f => f is not ("exact" or "scaled" or "attached" or "scaled-before" or "grouped")) is { } flag)
                {
                    errors.Add(new ConfigError(path, at, $"unknown flag '{flag}'",
                        "use exact, scaled, grouped, attached, scaled-before (or two, comma-separated) or leave it out"));
                    continue;
                }
                string form = c[0];
                if (form.Trim().Length == 0) { errors.Add(new ConfigError(path, at, "the form is empty",
                    "write the currency as it appears in text")); continue; }
                bool grouped = flags.Contains("grouped");
                forms.Add(new CurrencyForm(form, code, pos, factor, flags.Contains("exact"), grouped || flags.Contains("scaled"), flags.Contains("attached"))
                    { ScaledBefore = flags.Contains("scaled-before"), ScaledOrGrouped = grouped });
            }
        }
        forms.AddRange(SpacedDollarPrefixes(forms).ToList());
        var cur = new Currencies { Forms = forms };
        foreach (var f in forms.OrderByDescending(f => f.Form.Length).ThenBy(f => f.Form, StringComparer.Ordinal))
        {
            char k = char.ToLowerInvariant(f.Form[0]);
            if (!cur._byFirst.TryGetValue(k, out var list)) cur._byFirst[k] = list = new List<CurrencyForm>();
            list.Add(f);
        }
        return cur;
    }

    /// <summary>
    /// "HK $", "nz $": a lettered dollar prefix with the "$" split off, as tokenised text writes every one of them ("c $ 16"), for
    /// each such prefix of two letters or more the files name and do not already give spaced. A one-letter one stays unsplit: "a $5
    /// fee", "it's $5".
    /// </summary>
    private static IEnumerable<CurrencyForm> SpacedDollarPrefixes(List<CurrencyForm> forms)
    {
        var known = forms.Select(f => f.Form).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var f in forms)
        {
            if (f.Form.Length < 3 || f.Form[^1] != '$' || !f.Form[..^1].All(char.IsAsciiLetter) || (f.Position & CurrencyPosition.Prefix) == 0) continue;
            string spaced = f.Form[..^1] + " $";
            if (known.Add(spaced)) yield return f with { Form = spaced, Position = CurrencyPosition.Prefix };
        }
    }

    /// <summary>
    /// The longest form that starts at <paramref name="i"/> and may stand at <paramref name="pos"/>; null if none. Without
    /// <paramref name="boundaryBefore"/>, a letter before the form is allowed ("bnUSD").
    /// </summary>
    public CurrencyForm? MatchAt(string text, int i, CurrencyPosition pos, bool boundaryBefore = true)
    {
        if (i >= text.Length || !_byFirst.TryGetValue(char.ToLowerInvariant(text[i]), out var list)) return null;
        foreach (var f in list)
        {
            if ((f.Position & pos) == 0 || i + f.Form.Length > text.Length) continue;
            if (string.Compare(text, i, f.Form, 0, f.Form.Length, f.Exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) != 0) continue;
            int end = i + f.Form.Length;
            if (!f.IsSymbolic)
            {
                // Scripts written without spaces (Han, kana, Hangul) have no word boundaries to check: "300万円".
                if (boundaryBefore && char.IsLetter(f.Form[0]) && !IsUnspaced(f.Form[0]) && i > 0 && char.IsLetter(text[i - 1])) continue;
                // A word form ends at a word boundary; a code may run straight into digits ("USD115", "115USD").
                if (char.IsLetter(f.Form[^1]) && !IsUnspaced(f.Form[^1]) && end < text.Length && char.IsLetter(text[end])) continue;
            }
            return f;
        }
        return null;
    }

    /// <summary>A character of a script written without spaces between words: Han, hiragana, katakana, Hangul.</summary>
    public static bool IsUnspaced(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF'
        or >= '\uAC00' and <= '\uD7AF';
}
